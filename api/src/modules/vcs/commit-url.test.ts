import { describe, expect, it } from 'vitest';
import { RepositoryType } from '../projects/project.entity.js';
import { commitUrl, shortIdOf } from './commit-url.js';

const fields = {
  commitId: 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2',
  shortId: 'a1b2c3d',
  author: 'Ada L',
  branch: 'feature/x',
};

describe('commitUrl', () => {
  it('fills every field a template names, URL-encoded, and each as often as named', () => {
    expect(commitUrl('https://h/{branch}/{commitid}?s={shortid}&a={author}&again={commitid}', fields)).toBe(
      `https://h/feature%2Fx/${fields.commitId}?s=a1b2c3d&a=Ada%20L&again=${fields.commitId}`,
    );
  });

  it('gives null without a template and leaves unknown braces alone', () => {
    expect(commitUrl('', fields)).toBeNull();
    expect(commitUrl('https://h/{commit}/{commitid}', fields)).toBe(`https://h/{commit}/${fields.commitId}`);
  });
});

describe('shortIdOf', () => {
  it('quotes 7 characters of a git hash, 12 of a Mercurial one, and a Subversion number whole', () => {
    expect(shortIdOf(fields.commitId, RepositoryType.GIT)).toBe('a1b2c3d');
    expect(shortIdOf(fields.commitId, RepositoryType.MERCURIAL)).toBe('a1b2c3d4e5f6');
    expect(shortIdOf('1234', RepositoryType.SUBVERSION)).toBe('1234');
    expect(shortIdOf('v1.0-release', RepositoryType.NONE)).toBe('v1.0-release');
  });
});
