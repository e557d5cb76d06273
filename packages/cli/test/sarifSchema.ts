/**
 * The essentials of the SARIF 2.1.0 JSON schema (OASIS, sarif-schema-2.1.0.json,
 * errata01), checked by hand for the objects Podsmith writes: every `required` property,
 * the enums, minimums and formats of the properties it uses, and no unknown properties
 * where the schema sets `additionalProperties: false`. No network: the schema is not
 * fetched. Returns what is wrong, as `path: problem` strings; empty when the log is valid.
 */

type Json = unknown;

export function sarifProblems(log: Json): string[] {
  const problems: string[] = [];
  const check = new Checker(problems);
  check.object(log, '$', (o, at) => {
    check.allowed(o, at, ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties']);
    check.required(o, at, ['version', 'runs']);
    check.enumOf(o.version, `${at}.version`, ['2.1.0']);
    if ('$schema' in o) check.uri(o.$schema, `${at}.$schema`);
    check.array(o.runs, `${at}.runs`, (run, i) => checkRun(check, run, `${at}.runs[${i}]`));
  });
  return problems;
}

const RUN_PROPERTIES = ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'];

function checkRun(check: Checker, run: Json, at: string): void {
  check.object(run, at, (o) => {
    check.allowed(o, at, RUN_PROPERTIES);
    check.required(o, at, ['tool']);
    if ('columnKind' in o) check.enumOf(o.columnKind, `${at}.columnKind`, ['utf16CodeUnits', 'unicodeCodePoints']);
    check.object(o.tool, `${at}.tool`, (tool) => {
      check.allowed(tool, `${at}.tool`, ['driver', 'extensions', 'properties']);
      check.required(tool, `${at}.tool`, ['driver']);
      check.object(tool.driver, `${at}.tool.driver`, (driver, d) => checkDriver(check, driver, d));
    });
    if ('originalUriBaseIds' in o) {
      check.object(o.originalUriBaseIds, `${at}.originalUriBaseIds`, (bases, b) => {
        for (const [key, base] of Object.entries(bases)) checkArtifactLocation(check, base, `${b}[${key}]`);
      });
    }
    if ('invocations' in o) check.array(o.invocations, `${at}.invocations`, (inv, i) => checkInvocation(check, inv, `${at}.invocations[${i}]`));
    if ('results' in o) check.array(o.results, `${at}.results`, (result, i) => checkResult(check, result, `${at}.results[${i}]`));
  });
}

const TOOL_COMPONENT_PROPERTIES = ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName', 'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri', 'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'properties'];
const DESCRIPTOR_PROPERTIES = ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'];

function checkDriver(check: Checker, driver: Record<string, Json>, at: string): void {
  check.allowed(driver, at, TOOL_COMPONENT_PROPERTIES);
  check.required(driver, at, ['name']);
  check.string(driver.name, `${at}.name`);
  if ('informationUri' in driver) check.uri(driver.informationUri, `${at}.informationUri`);
  if (!('rules' in driver)) return;
  const ids = new Set<unknown>();
  check.array(driver.rules, `${at}.rules`, (rule, i) =>
    check.object(rule, `${at}.rules[${i}]`, (r, ra) => {
      check.allowed(r, ra, DESCRIPTOR_PROPERTIES);
      check.required(r, ra, ['id']);
      check.string(r.id, `${ra}.id`);
      if (ids.has(r.id)) check.fail(`${ra}.id`, 'rules must be unique');
      ids.add(r.id);
      for (const key of ['shortDescription', 'fullDescription', 'help'] as const) if (key in r) checkMultiformat(check, r[key], `${ra}.${key}`);
      if ('helpUri' in r) check.uri(r.helpUri, `${ra}.helpUri`);
      if ('defaultConfiguration' in r) {
        check.object(r.defaultConfiguration, `${ra}.defaultConfiguration`, (c, ca) => {
          check.allowed(c, ca, ['enabled', 'level', 'rank', 'parameters', 'properties']);
          if ('level' in c) check.enumOf(c.level, `${ca}.level`, LEVELS);
        });
      }
      if ('properties' in r) checkPropertyBag(check, r.properties, `${ra}.properties`);
    }),
  );
}

const LEVELS = ['none', 'note', 'warning', 'error'];
const RESULT_PROPERTIES = ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'];

function checkResult(check: Checker, result: Json, at: string): void {
  check.object(result, at, (r) => {
    check.allowed(r, at, RESULT_PROPERTIES);
    check.required(r, at, ['message']);
    checkMessage(check, r.message, `${at}.message`);
    if ('ruleId' in r) check.string(r.ruleId, `${at}.ruleId`);
    if ('ruleIndex' in r) check.integer(r.ruleIndex, `${at}.ruleIndex`, -1);
    if ('level' in r) check.enumOf(r.level, `${at}.level`, LEVELS);
    if ('kind' in r) check.enumOf(r.kind, `${at}.kind`, ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']);
    if ('locations' in r) check.array(r.locations, `${at}.locations`, (loc, i) => checkLocation(check, loc, `${at}.locations[${i}]`));
    if ('suppressions' in r) {
      check.array(r.suppressions, `${at}.suppressions`, (s, i) =>
        check.object(s, `${at}.suppressions[${i}]`, (sup, sa) => {
          check.allowed(sup, sa, ['guid', 'kind', 'status', 'justification', 'location', 'properties']);
          check.required(sup, sa, ['kind']);
          check.enumOf(sup.kind, `${sa}.kind`, ['inSource', 'external']);
          if ('status' in sup) check.enumOf(sup.status, `${sa}.status`, ['accepted', 'underReview', 'rejected']);
          if ('justification' in sup) check.string(sup.justification, `${sa}.justification`);
        }),
      );
    }
    if ('properties' in r) checkPropertyBag(check, r.properties, `${at}.properties`);
  });
}

function checkLocation(check: Checker, location: Json, at: string): void {
  check.object(location, at, (l) => {
    check.allowed(l, at, ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties']);
    if (!('physicalLocation' in l)) return;
    check.object(l.physicalLocation, `${at}.physicalLocation`, (p, pa) => {
      check.allowed(p, pa, ['address', 'artifactLocation', 'region', 'contextRegion', 'properties']);
      if (!('address' in p) && !('artifactLocation' in p)) check.fail(pa, 'needs address or artifactLocation');
      if ('artifactLocation' in p) checkArtifactLocation(check, p.artifactLocation, `${pa}.artifactLocation`);
      if ('region' in p) {
        check.object(p.region, `${pa}.region`, (region, ra) => {
          check.allowed(region, ra, ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties']);
          for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) if (key in region) check.integer(region[key], `${ra}.${key}`, 1);
          const { startLine, startColumn, endLine, endColumn } = region as Record<string, number>;
          if (startLine !== undefined && endLine !== undefined && endLine < startLine) check.fail(ra, 'endLine before startLine');
          if (startLine === endLine && startColumn !== undefined && endColumn !== undefined && endColumn < startColumn) check.fail(ra, 'endColumn before startColumn');
        });
      }
    });
  });
}

function checkArtifactLocation(check: Checker, location: Json, at: string): void {
  check.object(location, at, (a) => {
    check.allowed(a, at, ['uri', 'uriBaseId', 'index', 'description', 'properties']);
    if ('uri' in a) check.uri(a.uri, `${at}.uri`, true);
    if ('uriBaseId' in a) check.string(a.uriBaseId, `${at}.uriBaseId`);
  });
}

const INVOCATION_PROPERTIES = ['commandLine', 'arguments', 'responseFiles', 'startTimeUtc', 'endTimeUtc', 'exitCode', 'ruleConfigurationOverrides', 'notificationConfigurationOverrides', 'toolExecutionNotifications', 'toolConfigurationNotifications', 'exitCodeDescription', 'exitSignalName', 'exitSignalNumber', 'processStartFailureMessage', 'executionSuccessful', 'machine', 'account', 'processId', 'executableLocation', 'workingDirectory', 'environmentVariables', 'stdin', 'stdout', 'stderr', 'stdoutStderr', 'properties'];

function checkInvocation(check: Checker, invocation: Json, at: string): void {
  check.object(invocation, at, (inv) => {
    check.allowed(inv, at, INVOCATION_PROPERTIES);
    check.required(inv, at, ['executionSuccessful']);
    if (typeof inv.executionSuccessful !== 'boolean') check.fail(`${at}.executionSuccessful`, 'must be a boolean');
    if ('toolExecutionNotifications' in inv) {
      check.array(inv.toolExecutionNotifications, `${at}.toolExecutionNotifications`, (n, i) =>
        check.object(n, `${at}.toolExecutionNotifications[${i}]`, (note, na) => {
          check.allowed(note, na, ['locations', 'message', 'level', 'threadId', 'timeUtc', 'exception', 'descriptor', 'associatedRule', 'properties']);
          check.required(note, na, ['message']);
          checkMessage(check, note.message, `${na}.message`);
          if ('level' in note) check.enumOf(note.level, `${na}.level`, LEVELS);
          if ('locations' in note) check.array(note.locations, `${na}.locations`, (loc, j) => checkLocation(check, loc, `${na}.locations[${j}]`));
        }),
      );
    }
  });
}

/** message: anyOf required text, required id. */
function checkMessage(check: Checker, message: Json, at: string): void {
  check.object(message, at, (m) => {
    check.allowed(m, at, ['text', 'markdown', 'id', 'arguments', 'properties']);
    if (!('text' in m) && !('id' in m)) check.fail(at, 'needs text or id');
    if ('text' in m) check.string(m.text, `${at}.text`);
  });
}

/** multiformatMessageString: required text. */
function checkMultiformat(check: Checker, message: Json, at: string): void {
  check.object(message, at, (m) => {
    check.allowed(m, at, ['text', 'markdown', 'properties']);
    check.required(m, at, ['text']);
    check.string(m.text, `${at}.text`);
    if ('markdown' in m) check.string(m.markdown, `${at}.markdown`);
  });
}

/** propertyBag: tags, when present, are unique strings. */
function checkPropertyBag(check: Checker, bag: Json, at: string): void {
  check.object(bag, at, (b) => {
    if (!('tags' in b)) return;
    check.array(b.tags, `${at}.tags`, (tag, i) => check.string(tag, `${at}.tags[${i}]`));
    if (Array.isArray(b.tags) && new Set(b.tags).size !== b.tags.length) check.fail(`${at}.tags`, 'tags must be unique');
  });
}

class Checker {
  constructor(private readonly problems: string[]) {}

  fail(at: string, problem: string): void {
    this.problems.push(`${at}: ${problem}`);
  }

  object(value: Json, at: string, then: (o: Record<string, Json>, at: string) => void): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail(at, 'must be an object');
    then(value as Record<string, Json>, at);
  }

  array(value: Json, at: string, each: (item: Json, i: number) => void): void {
    if (!Array.isArray(value)) return this.fail(at, 'must be an array');
    value.forEach(each);
  }

  required(o: Record<string, Json>, at: string, keys: readonly string[]): void {
    for (const key of keys) if (!(key in o)) this.fail(at, `missing required property "${key}"`);
  }

  /** additionalProperties: false. */
  allowed(o: Record<string, Json>, at: string, keys: readonly string[]): void {
    for (const key of Object.keys(o)) if (!keys.includes(key)) this.fail(at, `unknown property "${key}"`);
  }

  string(value: Json, at: string): void {
    if (typeof value !== 'string') this.fail(at, 'must be a string');
  }

  integer(value: Json, at: string, minimum: number): void {
    if (!Number.isInteger(value) || (value as number) < minimum) this.fail(at, `must be an integer ≥ ${minimum}`);
  }

  enumOf(value: Json, at: string, values: readonly string[]): void {
    if (typeof value !== 'string' || !values.includes(value)) this.fail(at, `must be one of ${values.join(', ')}`);
  }

  /** format uri (absolute) or uri-reference (relative allowed): no spaces, no characters outside RFC 3986. */
  uri(value: Json, at: string, reference = false): void {
    if (typeof value !== 'string' || !/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(value)) return this.fail(at, 'must be a URI');
    if (!reference && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) this.fail(at, 'must be an absolute URI');
  }
}
