import path from 'node:path';
import { ordersView } from './__fixtures__/ordersView';

// The frontend plugin cannot depend on this package, so its tests run against
// a copy of this projection (plugins/kafka-on-eks/src/__fixtures__). This
// test is what keeps the copy true: change the projection, and it fails until
// the frontend's fixture is updated to match.
const FRONTEND_FIXTURE = path.resolve(
  __dirname,
  '../../../kafka-on-eks/src/__fixtures__/ordersClusterView',
);

describe("the frontend's orders fixture", () => {
  it('is exactly what the backend serves for the orders objects', () => {
    // A path, not an import specifier: packages import each other by name.
    const { ordersClusterView } = require(FRONTEND_FIXTURE);
    expect(ordersClusterView).toEqual(ordersView());
  });
});
