import type { Catalogue } from '../types';
import { CLTN } from './cltn';
import { IZIN_BELAJAR } from './izin-belajar';
import { KARIS } from './karis';
import { KONSULTASI } from './konsultasi';
import { KP_FUNG } from './kp-fung';
import { KP_REG } from './kp-reg';
import { MUT_MASUK } from './mut-masuk';
import { PEN_BUP } from './pen-bup';
import { PEN_JD } from './pen-jd';

/** The seed catalogue from services.md. */
export const CATALOGUE_V1: Catalogue = {
  version: 1,
  services: [KP_REG, KP_FUNG, MUT_MASUK, PEN_BUP, PEN_JD, KARIS, IZIN_BELAJAR, CLTN, KONSULTASI],
};
