export type CountedVerb =
  | 'discovery'
  | 'get'
  | 'list'
  | 'watch'
  | 'create'
  | 'update'
  | 'patch'
  | 'delete'
  | 'deletecollection';

/**
 * Requests the server received, by verb and by resource. Resources are keyed
 * by plural name (`kafkatopics`), subresources as `kafkatopics/status`.
 * Requests refused with 401, 403 or an injected fault count too.
 */
export interface RequestCounts {
  total: number;
  byVerb: Record<CountedVerb, number>;
  byResource: Record<string, Partial<Record<CountedVerb, number>>>;
}

function emptyByVerb(): Record<CountedVerb, number> {
  return {
    discovery: 0,
    get: 0,
    list: 0,
    watch: 0,
    create: 0,
    update: 0,
    patch: 0,
    delete: 0,
    deletecollection: 0,
  };
}

export class RequestCounter {
  private counts: RequestCounts = {
    total: 0,
    byVerb: emptyByVerb(),
    byResource: {},
  };

  record(verb: CountedVerb, resource?: string): void {
    this.counts.total++;
    this.counts.byVerb[verb]++;
    if (resource) {
      const entry = (this.counts.byResource[resource] ??= {});
      entry[verb] = (entry[verb] ?? 0) + 1;
    }
  }

  snapshot(): RequestCounts {
    return JSON.parse(JSON.stringify(this.counts));
  }

  reset(): void {
    this.counts = { total: 0, byVerb: emptyByVerb(), byResource: {} };
  }
}
