// The JSON Schema shipped in the package agrees with the feed contract: the
// sample feed passes it, and documents the contract rejects fail it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../schema/feed.schema.json', import.meta.url)));
const sample = JSON.parse(readFileSync(new URL('../demo/feed.json', import.meta.url)));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

test('the sample feed is valid against the shipped schema', () => {
  assert.ok(validate(sample), JSON.stringify(validate.errors, null, 2));
});

test('the schema rejects what FEED.md rejects', () => {
  const bad = [
    { version: 2, languages: ['ka'] },
    { languages: ['ka'] },
    { version: 1, languages: ['ka'], news: [{ id: 'a', published: '2014-06-24' }] },
    { version: 1, languages: ['ka'], news: [{ id: 'a', published: 'June 24', title: 'x' }] },
    { version: 1, languages: ['ka'], news: [{ id: 'a', published: '2014-06-24', title: 'x', url: 'javascript:alert(1)' }] },
    { version: 1, languages: ['ka'], centres: [{ id: 'c', name: 'n', city: 'c', address: 'a', location: { lat: 999, lon: 1 } }] },
    { version: 1, languages: ['ka'], hotlines: [{ id: 'h', name: 'n', phone: 'call us' }] },
    { version: 1, languages: ['ka'], centres: 'none' },
  ];
  for (const doc of bad) assert.equal(validate(doc), false, JSON.stringify(doc));
});

test('unknown fields are allowed, so newer feeds work with older widgets', () => {
  assert.ok(validate({ version: 1, languages: ['ka'], future: true, news: [{ id: 'a', published: '2014-06-24', title: 'x', colour: 'red' }] }));
});
