import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { say, type Message, type MessageKey } from '../i18n/message';
import { readMessageRef } from '../i18n/message-ref';
import { ApiException, type FieldMessage } from './api-error';

/** class-validator's words for its built-in checks, where a clerk needs others. */
const CONSTRAINT_MESSAGES: Readonly<Record<string, Message>> = {
  whitelistValidation: say('field.notInForm'),
  unknownValue: say('request.notAnObject'),
  nestedValidation: say('field.entryAsObject'),
};

/** The checks by constraint name, for the languages a form's own (English) words are not in. */
const CHECK_MESSAGES: Readonly<Record<string, MessageKey>> = {
  isString: 'check.isString',
  isNotEmpty: 'check.isNotEmpty',
  isInt: 'check.isInt',
  isNumber: 'check.isNumber',
  isBoolean: 'check.isBoolean',
  isIn: 'check.isIn',
  min: 'check.min',
  max: 'check.max',
  maxLength: 'check.maxLength',
  minLength: 'check.minLength',
  isLength: 'check.length',
  matches: 'check.matches',
  isArray: 'check.isArray',
  arrayMinSize: 'check.arrayMinSize',
  arrayMaxSize: 'check.arrayMaxSize',
  arrayUnique: 'check.arrayUnique',
  isObject: 'check.isObject',
  isDefined: 'check.isDefined',
  hasText: 'check.hasText',
};

/**
 * A check's problem: its message when it gave one of the catalogues (messageRef), else the form's
 * own words in English and the check's, by constraint name, in the other languages.
 */
function problemOf(constraint: string, said: string): Message {
  const own = readMessageRef(said) ?? CONSTRAINT_MESSAGES[constraint];
  if (own) return own;
  const check = CHECK_MESSAGES[constraint] ?? 'check.generic';
  return say('check.said', { said, check: { key: check } as Message });
}

function flatten(errors: ValidationError[], parent = ''): FieldMessage[] {
  return errors.flatMap((error) => {
    const field =
      parent && error.property
        ? `${parent}.${error.property}`
        : parent || error.property || '(body)';
    const own = Object.entries(error.constraints ?? {}).map(([name, said]) => ({
      field,
      problem: problemOf(name, said),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Keys class-transformer drops before class-validator sees them (the names of what every object
 * inherits: constructor, toString, valueOf, …, and prototype), so `forbidNonWhitelisted` cannot
 * refuse them: found here, at any depth, with their path.
 */
const isInheritedName = (key: string): boolean => key === 'prototype' || key in Object.prototype;

function prototypeKeyPaths(value: unknown, parent: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const path = parent ? `${parent}.${key}` : key;
    if (isInheritedName(key)) return [path];
    return prototypeKeyPaths((value as Record<string, unknown>)[key], path);
  });
}

/**
 * Validates request bodies, queries and params against their DTO classes: unknown fields are
 * refused, and the 400 lists the first problem of every field in `details.fields`.
 */
class FormValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A JSON array, string, number or null where a form belongs: one clear answer, not one per field.
    if (
      metadata.type === 'body' &&
      value !== undefined &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      throw new ApiException(400, say('request.notAnObject'));
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problems = prototypeKeyPaths(value, '').map((field) => ({
        field,
        problem: say('field.notInForm'),
      }));
      if (problems.length > 0) throw ApiException.forFields(problems);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new FormValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ApiException.forFields(flatten(errors)),
  });
}
