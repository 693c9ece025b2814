/** Upper bounds of what a form may carry: generous for people, small for abuse. */
export const TEXT_LENGTH = 2000;
export const NAME_LENGTH = 200;
export const ID_NUMBER_LENGTH = 50;
export const DOCUMENT_CODE_LENGTH = 60;
export const DOCUMENT_CODES_LIMIT = 50;
