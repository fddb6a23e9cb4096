import {
  formatRequestProblems,
  validateClusterRequest,
} from './clusterRequest';

const valid = { name: 'orders', owner: 'group:default/team-a' };

function problemsOf(input: unknown) {
  const result = validateClusterRequest(input);
  if (result.ok) throw new Error('expected the request to be rejected');
  return result.problems;
}

describe('validateClusterRequest', () => {
  it('accepts a minimal request and keeps only known fields', () => {
    const result = validateClusterRequest({ ...valid, extra: '${oops}' });
    expect(result).toEqual({ ok: true, request: valid });
  });

  it('keeps system and description when given', () => {
    const result = validateClusterRequest({
      ...valid,
      system: 'system:default/payments',
      description: 'Orders events',
    });
    expect(result.ok && result.request.system).toBe('system:default/payments');
    expect(result.ok && result.request.description).toBe('Orders events');
  });

  it.each([
    ['ab', 'must be 3 to 40 characters long'],
    ['a'.repeat(41), 'must be 3 to 40 characters long'],
    ['Orders', 'must be a DNS-1035 label'],
    ['1orders', 'must be a DNS-1035 label'],
    ['orders-', 'must be a DNS-1035 label'],
    ['ord"ers', 'must be a DNS-1035 label'],
    ['ord\ners', 'must be a DNS-1035 label'],
  ])('rejects name %j naming the rule', (name, rule) => {
    const problems = problemsOf({ ...valid, name });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('name');
    expect(problems[0].message).toContain(rule);
  });

  it('names every missing required field at once', () => {
    expect(problemsOf({})).toEqual([
      { path: 'name', message: 'is required' },
      { path: 'owner', message: 'is required' },
    ]);
  });

  it.each([
    'group:default/team a',
    'group:default/team-a\nkind: x',
    '${var.x}',
    'a: b',
  ])('rejects owner %j that is not an entity ref', owner => {
    expect(problemsOf({ ...valid, owner })[0].path).toBe('owner');
  });

  it('rejects a non-string description and one that is too long', () => {
    expect(problemsOf({ ...valid, description: 42 })).toEqual([
      { path: 'description', message: 'must be a string' },
    ]);
    expect(
      problemsOf({ ...valid, description: 'x'.repeat(501) })[0].message,
    ).toContain('at most 500');
  });

  it('rejects input that is not an object', () => {
    expect(problemsOf(['orders'])[0].message).toBe(
      'the request must be an object',
    );
  });
});

describe('formatRequestProblems', () => {
  it('prefixes each rule with its field path', () => {
    expect(
      formatRequestProblems([
        { path: 'name', message: 'is required' },
        { path: 'owner', message: 'is required' },
      ]),
    ).toBe('name: is required; owner: is required');
  });
});
