import { describe, expect, test } from 'vitest';
import { layoutPod } from '../diagram/layout';
import { podOf } from '../diagram/testPods';
import { diagramSvg } from './diagramSvg';
import exampleText from '../examples/log-collector.yaml?raw';

describe('the diagram as SVG', () => {
  const svg = diagramSvg(layoutPod(podOf(exampleText)));

  test('draws the pod, its containers, volume, lanes and the mounts with their paths', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    for (const words of ['Pod web', '>app<', '>log-collector<', '>app-logs<', 'Native sidecars', 'Main containers', '/var/log/nginx']) expect(svg).toContain(words);
    expect(svg.match(/<path /g)?.length).toBe(3); // two mounts and the app's port
  });

  test('refers to nothing outside itself', () => {
    expect(svg).not.toMatch(/href|url\(|@import|<image|<script|<foreignObject/i);
  });

  test('writes names as text, never as markup', () => {
    const hostile = exampleText.replace('name: app\n', 'name: "<script>alert(1)</script>&x"\n');
    const out = diagramSvg(layoutPod(podOf(hostile)));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&#60;script&#62;');
  });
});
