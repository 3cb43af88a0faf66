/**
 * The seed documents (shared/seeds/) that the demo data comes from. Every demo record names one of
 * these as its source, so a reader can check each fact; nothing without a source is presented as real.
 */
export const SOURCES = {
  /** shared/seeds/000: debate article by the socialförsäkringsminister, written while Arbetslivscoacher ran. */
  husmarkPehrsson2008:
    'Cristina Husmark Pehrsson (m), socialförsäkringsminister: "Rehabinsatserna stärks", debattartikel, 2007–2008 (seed 000)',
  /** shared/seeds/001: the inquiry proposing the Södertälje–Nykvarn förbund. */
  sodertaljeProposal2005:
    'Förslag till samordningsförbund för rehabiliteringsinsatser i Södertälje och Nykvarn, utredning med förbundsordning, 2005 (seed 001)',
  /** shared/seeds/002: news item on "På rätt väg" and the national viljeinriktning. */
  finsamPaRattVag2017: 'finsam.se: "Finsamprojekt bidrog till nationell viljeinriktning", nyhet 2017-03-20 (seed 002)',
  /** shared/seeds/003: the Västerbotten förbund's "Om Samverkan" page. */
  vasterbottenOmSamverkan:
    'Samordningsförbunden i Västerbotten: "Om Samverkan", webbsida (Umeåregionen, Skellefteå–Norsjö, Södra Lappland), efter 2014 (seed 003)',
  /** shared/seeds/004: opinion piece by the national network's chair and vice chair. */
  nationellaNatverket2016:
    'Tord Karlsson (S) och Ann-Marie Larsson (M), Föreningen Nationella nätverket för samordningsförbund: "Sluta bolla runt människor i systemet", debattartikel 2016-08-29 (seed 004)',
} as const;

/**
 * The synthetic national data set (issue 12, part 1: `npm run db:seed -- --national`). Every row it
 * writes carries this prefix on its id (or hangs off a row that does), so it never collides with real
 * or demo ids and can always be told apart.
 */
export const SYNTHETIC_ID_PREFIX = 'syn-';

/** The `source` of every synthetic row: it is generated, and says so wherever a source is shown. */
export const SYNTHETIC_SOURCE = 'Syntetiska data (npm run db:seed -- --national): inte verkliga uppgifter';

/** Appended to every synthetic name and title, so that no page shows a generated record as real. */
export const SYNTHETIC_MARK = '(syntetiska data)';
