import { Fragment } from 'react';
import type { ContainerView } from '@podsmith/manifest';
import { INJECTORS } from '@podsmith/lifecycle';
import { injectedFacts } from './model';

/** An injected container, read-only: where it comes from and how to opt out. */
export function InjectedInfo({ container }: { readonly container: ContainerView }) {
  const docs = container.injected && INJECTORS[container.injected.by].docs;
  return (
    <>
      <h2>
        Injected container <span className="inspector-name">{container.name}</span>
      </h2>
      <dl className="inspector-facts">
        {injectedFacts(container).map(([term, description]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{description}</dd>
          </Fragment>
        ))}
      </dl>
      {docs && (
        <p className="inspector-note">
          <a href={docs} target="_blank" rel="noreferrer noopener">
            How {container.injected && INJECTORS[container.injected.by].title} injects containers
          </a>
        </p>
      )}
    </>
  );
}
