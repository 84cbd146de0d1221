import type { Migration } from './migration';
import { initial } from './0001_initial';
import { moderation } from './0002_moderation';
import { guests } from './0003_guests';
import { backstageWith } from './0004_backstage_with';
import { selfies } from './0005_selfies';
import { books } from './0006_books';
import { mail } from './0007_mail';
import { buyerLocale } from './0008_buyer_locale';
import { showLanguage } from './0009_show_language';
import { activitySaid } from './0010_activity_said';
import { programArchive } from './0011_program_archive';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial, moderation, guests, backstageWith, selfies, books, mail, buyerLocale, showLanguage, activitySaid, programArchive];
