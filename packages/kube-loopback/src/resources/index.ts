export {
  ResourceRegistry,
  resourceTypes,
  apiVersionOf,
  qualifiedResource,
  STRIMZI_GROUP,
  type ResourceType,
  type StrimziApiVersion,
} from './resourceTypes';
