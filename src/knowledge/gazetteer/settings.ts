/** The schema of data/gazetteer/settings.json: weights of the place prior and context, finder lists. */
import { z } from 'zod';

const weight = z.number().finite();

export const settingsSchema = z.object({
  prior: z.object({
    population: weight,
    altcount: weight,
    alternateNamePenalty: weight,
    countryBonus: weight,
    /** Prior of a continent or world region ("Africa", "Middle East"), which has no population. */
    continent: weight,
    regionBonus: weight,
    regionAlternatePenalty: weight,
    capitalBonus: weight,
    adminSeatBonus: weight,
  }),
  context: z.object({
    adjacentRegion: weight,
    hintCountry: weight,
    articleCountry: weight,
    articleRegion: weight,
    datelineCountry: weight,
    /** A first-pass resolution counts fully toward the article's context when it leads the next by this much. */
    confidentMargin: weight,
    /** Bonus for a candidate right at the article's other places, fading to 0 at proximityKm. */
    proximity: weight,
    proximityKm: z.number().positive(),
    /** Bonus for a region abbreviation ("Tex.") where abbreviations are allowed. */
    abbreviation: weight,
  }),
  finder: z.object({
    minCityPopulation: z.number().int().nonnegative(),
    minAlternateCityPopulation: z.number().int().nonnegative(),
    /** Report demonyms ("Russian") as places of their country. */
    demonyms: z.boolean(),
    maxTokens: z.number().int().min(1).max(10),
    connectors: z.array(z.string().min(1)),
    stopNames: z.array(z.string().min(1)),
    allowedNeighbours: z.array(z.string().min(1)),
    /** Names of seas, deserts, ranges and directions that are never the town of the same name
     *  ("Pacific", "Sahara", "North"), whoever tagged them. */
    notPlaces: z.array(z.string().min(1)),
    /** Words that, right before a name, make it a person's ("Mr. Paris", "Sen. Lincoln"). */
    personTitles: z.array(z.string().min(1)),
  }),
});

export type GazetteerSettings = z.output<typeof settingsSchema>;
