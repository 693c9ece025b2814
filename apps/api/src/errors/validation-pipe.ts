import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from '@satupintu/read-models';
import { ApiException } from './api-error';
import { fieldDetails, fieldsMessage } from './field-details';

/** class-validator's words for its built-in checks, where a clerk needs others. */
const CONSTRAINT_WORDS: Record<string, string> = {
  whitelistValidation: 'is not a field of this form',
  unknownValue: 'send the form as a JSON object',
  nestedValidation: 'fill in each entry as an object',
};

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field =
      parent && error.property
        ? `${parent}.${error.property}`
        : parent || error.property || '(body)';
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      problem: CONSTRAINT_WORDS[name] ?? message,
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
      throw new ApiException(400, 'Send the form as a JSON object');
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problems = prototypeKeyPaths(value, '').map((field) => ({
        field,
        problem: CONSTRAINT_WORDS.whitelistValidation,
      }));
      if (problems.length > 0) {
        throw new ApiException(400, fieldsMessage(problems), fieldDetails(problems));
      }
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
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new ApiException(400, fieldsMessage(problems), fieldDetails(problems));
    },
  });
}
