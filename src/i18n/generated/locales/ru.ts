
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's61bb744bb2c231c2': `This content is not available right now.`,
'se4ca01fb1fa563c9': `Check your internet connection and try again.`,
's16d35f4984c30e7e': `The source of this information is not available right now.`,
'sc9b9bb1cfb13cdf7': `This widget has no feed address. The site editor needs to set one.`,
's8c7993fa1b917297': `The source of this information has a problem. The site editor has been told in the browser console.`,
'scd1dd6ff53d0d01a': `Try again`,
's43add94142a6413d': str`Offline — updated ${0}`,
's894823e0f9d423fd': `The news could not be loaded.`,
's6c2886bffabe3c3b': `No news on this topic yet.`,
'sec3e98177c7cc143': `No news yet.`,
's0fd75cc6a1aad906': `News`,
'se858f0d7e876a895': str`Show more news (${0})`,
'sa50a6326530d8a0d': `Show less`,
's30c0a4d43229080a': `Read more`,
's20ec39833a9c6bbe': `Full article`,
's3c901bfeeece4650': `Loading news…`,
    };
  