
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0fd75cc6a1aad906': `სიახლეები`,
's16d35f4984c30e7e': `ამ ინფორმაციის წყარო ახლა მიუწვდომელია.`,
's20ec39833a9c6bbe': `სრული სტატია`,
's30c0a4d43229080a': `ვრცლად`,
's3c901bfeeece4650': `სიახლეები იტვირთება…`,
's43add94142a6413d': str`კავშირი არ არის — ბოლო განახლება: ${0}`,
's61bb744bb2c231c2': `ეს ინფორმაცია ახლა მიუწვდომელია.`,
's6c2886bffabe3c3b': `ამ თემაზე სიახლეები ჯერ არ არის.`,
's894823e0f9d423fd': `სიახლეების ჩატვირთვა ვერ მოხერხდა.`,
's8c7993fa1b917297': `ამ ინფორმაციის წყაროში შეცდომაა. დეტალები საიტის რედაქტორისთვის ბრაუზერის კონსოლშია.`,
'sa50a6326530d8a0d': `აკეცვა`,
'sc9b9bb1cfb13cdf7': `ამ ვიჯეტს მონაცემების მისამართი არ აქვს. ის საიტის რედაქტორმა უნდა მიუთითოს.`,
'scd1dd6ff53d0d01a': `ხელახლა ცდა`,
'se4ca01fb1fa563c9': `შეამოწმეთ ინტერნეტთან კავშირი და სცადეთ ხელახლა.`,
'se858f0d7e876a895': str`მეტი სიახლე (${0})`,
'sec3e98177c7cc143': `სიახლეები ჯერ არ არის.`,
    };
  