import { z } from 'zod';
import { InterCodeSchema } from '../../schema/acled';

/** Schemas of the committed actor data in lib/data/actors/*.json, checked when the dictionary loads. */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Iso2 = z.string().regex(/^[A-Z]{2}$/);

/** A validity window: `from` inclusive, `to` exclusive; either may be open. */
const eraFields = { from: IsoDate.optional(), to: IsoDate.optional() };

/** What a role (e.g. "the main armed opposition") resolves to: a named actor, or a country's state forces. */
export const ActorRefSchema = z.union([
  z.object({ canonical: z.string().min(1), inter: InterCodeSchema }).strict(),
  z.object({ state: Iso2 }).strict(),
]);

export const CountrySchema = z
  .object({
    iso2: Iso2,
    name: z.string().min(1),
    /** Adjectives that name the country's side ("Syrian army"); capitalised in text. */
    adjectives: z.array(z.string().min(1)),
    /** Plural nouns for its people ("Iranians"): civilians of that country. */
    plurals: z.array(z.string().min(1)),
    /** Names used as an owner ("Syria's army", "Kyiv's forces", "Russia-backed"). */
    owners: z.array(z.string().min(1)),
    /** ACLED's date suffix for the state's actors, by era ("(2000-2024)"). */
    eras: z.array(z.object({ ...eraFields, suffix: z.string() }).strict()).optional(),
    /** What "<adjective> militia" means when fighting outside the country ("Iraqi militia" in Syria). */
    militiaAbroad: z
      .object({ canonical: z.string().min(1), inter: InterCodeSchema })
      .strict()
      .optional(),
  })
  .strict();

export const CountriesFileSchema = z
  .object({ $comment: z.string().optional(), countries: z.array(CountrySchema) })
  .strict();

/** A named actor: either with its own canonical name and inter code, or standing for a country's state/government/police. */
export const ActorEntrySchema = z
  .object({
    canonical: z.string().min(1).optional(),
    inter: InterCodeSchema.optional(),
    state: Iso2.optional(),
    government: Iso2.optional(),
    police: Iso2.optional(),
    /** Matched anywhere. Written with capitals = proper names (must be capitalised in text); all-capital short forms must match exactly. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Matched only when the article's focus country is one of `countries` (generic-sounding local framings). */
    localAliases: z.array(z.string().min(1)).default([]),
    countries: z.array(Iso2).default([]),
    /** ACLED's country-specific name ("Islamic State (Syria)"). */
    byCountry: z.record(z.string(), z.string()).optional(),
    /** Full names of people acting for the actor; their surname then also counts for the rest of the article. */
    people: z.array(z.string().min(1)).default([]),
    /** Single names known on their own ("Hemedti", "Putin", "Assad"). */
    shortNames: z.array(z.string().min(1)).default([]),
    ...eraFields,
  })
  .strict()
  .refine(
    (e) =>
      [e.canonical !== undefined && e.inter !== undefined, e.state, e.government, e.police].filter(Boolean)
        .length === 1,
    { message: 'an actor entry needs exactly one of {canonical, inter}, state, government or police' },
  );

export const RoleSetSchema = z
  .object({
    country: Iso2,
    ...eraFields,
    /** "rebels", "insurgents", "militants", "terrorists", "jihadists", ... */
    opposition: ActorRefSchema.optional(),
    /** bare "militia", "militiamen" */
    militia: ActorRefSchema.optional(),
    /** "paramilitary", "paramilitaries" */
    paramilitary: ActorRefSchema.optional(),
    separatists: ActorRefSchema.optional(),
    /** "occupiers", "invaders", "occupation forces" */
    occupier: ActorRefSchema.optional(),
    settlers: ActorRefSchema.optional(),
    /** "gunmen", "armed men", "bandits" */
    gunmen: ActorRefSchema.optional(),
    /** Whose state forces "the army", "troops", "soldiers" are, when not this country's (Gaza: Israel's). */
    armyOf: Iso2.optional(),
  })
  .strict();

export const ConflictFileSchema = z
  .object({
    conflict: z.string().min(1),
    countries: z.array(Iso2),
    roles: z.array(RoleSetSchema),
    actors: z.array(ActorEntrySchema),
  })
  .strict();

export const HeadClassSchema = z.enum([
  'state',
  'force',
  'weapon',
  'personnel',
  'opposition',
  'fighters',
  'gunmen',
  'separatists',
  'occupier',
  'militia',
  'paramilitary',
  'civilians',
  'protesters',
  'rioters',
  'police',
  'settlers',
  'herders',
]);

export const ModifierClassSchema = z.enum(['state', 'opposition', 'neutral', 'foreign', 'identity']);

export const GenericFileSchema = z
  .object({
    $comment: z.string().optional(),
    heads: z.array(
      z
        .object({
          phrase: z.string().min(1),
          class: HeadClassSchema,
          standalone: z.boolean().optional(),
          ambiguous: z.boolean().optional(),
          army: z.boolean().optional(),
        })
        .strict(),
    ),
    modifiers: z.array(
      z
        .object({ phrase: z.string().min(1), class: ModifierClassSchema, army: z.boolean().optional() })
        .strict(),
    ),
    ethnic: z.array(z.string().min(1)),
    sources: z.array(z.string().min(1)),
    roles: z.array(z.string().min(1)),
  })
  .strict();

export type ActorRef = z.infer<typeof ActorRefSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type ActorEntry = z.infer<typeof ActorEntrySchema>;
export type RoleSet = z.infer<typeof RoleSetSchema>;
export type ConflictFile = z.infer<typeof ConflictFileSchema>;
export type HeadClass = z.infer<typeof HeadClassSchema>;
export type ModifierClass = z.infer<typeof ModifierClassSchema>;
export type GenericFile = z.infer<typeof GenericFileSchema>;
