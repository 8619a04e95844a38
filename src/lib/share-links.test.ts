import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionLink, sectionLinks, viewLink } from './share-links.ts';

const preview = { origin: 'http://localhost:4400', pathname: '/en/services/guardduty/' };

test('a section link uses the origin and path being read, not the build-time site', () => {
	assert.equal(
		sectionLink(preview, 'organizations'),
		'http://localhost:4400/en/services/guardduty/#organizations',
	);
});

test('both-language links swap the locale segment and keep origin, base and id', () => {
	assert.deepEqual(sectionLinks(preview, '/', 'ip-lists'), [
		'http://localhost:4400/ja/services/guardduty/#ip-lists',
		'http://localhost:4400/en/services/guardduty/#ip-lists',
	]);
	assert.deepEqual(
		sectionLinks(
			{ origin: 'https://example.github.io', pathname: '/atlas/ja/glossary/' },
			'/atlas/',
			'stateful',
		),
		[
			'https://example.github.io/atlas/ja/glossary/#stateful',
			'https://example.github.io/atlas/en/glossary/#stateful',
		],
	);
});

test('a view link keeps the query (filters) and drops nothing else', () => {
	assert.equal(
		viewLink({ ...preview, pathname: '/ja/compare/', search: '?layer=edge&sort=title' }),
		'http://localhost:4400/ja/compare/?layer=edge&sort=title',
	);
	assert.equal(
		viewLink({ ...preview, pathname: '/ja/compare/' }),
		'http://localhost:4400/ja/compare/',
	);
});
