export { renderReadme } from './readme';
export { renderTechDocs } from './techdocs';
