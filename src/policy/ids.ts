/**
 * The extension's ids, which policies are keyed by.
 *
 * Chrome derives an extension's id from the public key in its manifest; the
 * manifest carries this one so that the id is the same for every unpacked
 * copy (deployment tests, firms that load it from a folder). A Chrome Web
 * Store listing has the store's id instead: `prudence policy render --id`.
 * tests/unit/policy-managed.test.ts checks that the id matches the key.
 */
export const CHROME_MANIFEST_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAum6tpqjXeeqmGMCO0szD0pzxKGBRPW57h2CYXKzT4a5BNVmK0V3GHslaaJ7GDJ3qHtZvj7LIBSwN4TOXYjFO8LVyOyv//n+rHrHkf1j9/XGNk4+w+46qkxpQZko3fkFIx4xLJR3+HzbOu3tHmRjtmaSG1hwoCL/Wz2ox9ikHvpYioI+SzX/mY3EgYVybA8g1HXyHdpdkvDqLWul6pG4D5z0qe5uwEJF59sJhFNgd6LGnbhvAN67ei5iRgvqurCnTsTheap7smLJPfSeSpGENjdB9yhQqosv6Nn47tLAqGo6ZFXecj9IjFhLIur7BRwcvptNl2s5Lb0/dzUj1acrgYwIDAQAB';
export const CHROME_EXTENSION_ID = 'dhioebgephpmiljcfnlmdfdkmppegepi';
/** Firefox's add-on id (browser_specific_settings.gecko.id): Firefox policies are keyed by it. */
export const GECKO_ID = 'prudence@prudence.local';
