/**
 * Query parameters that never change which article a URL shows: they say how the reader got there
 * or how the page is laid out. Dropping them keeps one article per story when the same page is
 * reached from a newsletter, a share button or a print view.
 *
 * Parameters that pick content (id, p, story, article, page, lang…) are deliberately absent: two
 * URLs that differ in one of those are two articles.
 */
export interface IgnorableParameterFamily {
  /** Why these parameters are safe to drop. */
  why: string;
  /** Exact names, lower case (matched whatever their case in the URL). */
  names?: readonly string[];
  /** Name prefixes, lower case (`utm_` covers utm_source, utm_medium…). */
  prefixes?: readonly string[];
  /** Dropped only with one of these values (lower case); any value when absent. */
  values?: readonly string[];
  /** Dropped only on these hosts and their subdomains, where the name means something else elsewhere. */
  hosts?: readonly string[];
}

export const IGNORABLE_URL_PARAMETERS: readonly IgnorableParameterFamily[] = [
  {
    why: 'Campaign tags of analytics tools (Google Analytics, Matomo/Piwik, AT Internet, comScore, Webtrends, HubSpot ads): which link or feed was clicked.',
    prefixes: ['utm_', 'mtm_', 'pk_', 'at_', 'ns_', 'hsa_', 'wt.'],
    names: ['xtor', 'cmpid', 'cmp', 'intcmp', 'icid', 'ocid', 'ncid', 'sr_share', 'soc_src', 'soc_trk'],
  },
  {
    why: 'Ad-click and cross-site ids added by ad networks and social apps (Facebook, Google, Microsoft, Yandex, X, TikTok, LinkedIn, Instagram, Pinterest).',
    names: [
      'fbclid',
      'gclid',
      'gclsrc',
      'dclid',
      'gbraid',
      'wbraid',
      'msclkid',
      'yclid',
      'twclid',
      'ttclid',
      'li_fat_id',
      'igshid',
      'igsh',
      'epik',
      'srsltid',
      '_ga',
      '_gl',
    ],
  },
  {
    why: 'Newsletter and mailing ids (Mailchimp, HubSpot, Marketo, Vero, Omeda): which subscriber opened which mail.',
    names: [
      'mc_cid',
      'mc_eid',
      '_hsenc',
      '_hsmi',
      'mkt_tok',
      'vero_id',
      'vero_conv',
      'oly_anon_id',
      'oly_enc_id',
    ],
  },
  {
    why: 'Referrer marks: which page, embed, partner or consent screen sent the reader.',
    names: [
      'ref',
      'ref_src',
      'ref_url',
      'referrer',
      'fb_ref',
      'fb_source',
      'fb_action_ids',
      'fb_action_types',
      'action_object_map',
      'action_type_map',
      'action_ref_map',
      '__twitter_impression',
      'guccounter',
      'guce_referrer',
      'guce_referrer_sig',
      'partner',
    ],
  },
  {
    why: 'Share-button and gift-link marks (copy link, New York Times smid/smtyp, gift tokens): who shared the page, not what it is.',
    names: [
      'copy',
      'share',
      'shared',
      'smid',
      'smtyp',
      'unlocked_article_code',
      'pwapi_token',
      'sharetype',
      'accesstoken',
    ],
  },
  {
    why: "X/Twitter's share marks (s = the app that shared, t = a share token). Elsewhere `s` is a search query and stays.",
    names: ['s', 't'],
    hosts: ['twitter.com', 'x.com'],
  },
  {
    why: "Blogger's mobile layout switch (m=1): the same post.",
    names: ['m'],
    hosts: ['blogspot.com'],
  },
  {
    why: 'Print, AMP and full-screen layouts of the same article.',
    names: ['print', 'printable', 'amp', '_amp', 'fullscreen'],
  },
  {
    why: 'AMP chosen through a general output switch (Washington Post outputType=amp); other outputs may be other content.',
    names: ['outputtype', 'output'],
    values: ['amp'],
  },
  {
    why: 'A layout chosen through view= or mode=. Only these values: CMSs also use view=article / view=category to pick content.',
    names: ['view', 'mode'],
    values: ['print', 'amp', 'mobile', 'desktop', 'full', 'fullscreen', 'reader', 'dark', 'light'],
  },
];
