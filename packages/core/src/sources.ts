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
