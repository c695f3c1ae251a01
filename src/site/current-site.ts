/**
 * The site this build publishes: the one module that takes the dataset of the data folder
 * (validated by the dataset module, src/integrations/dataset-module.ts) and builds the site from
 * it. Pages and components import `site` from here and nothing reads the data any other way.
 */
import dataset, { lastChanged, publications, rulingsAddedOn } from 'virtual:lawsuits/dataset';

import { createSite } from './site.ts';

export const site = createSite(dataset, { lastChanged, publications, rulingsAddedOn });
