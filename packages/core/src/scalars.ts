import { GraphQLScalarType, Kind } from 'graphql';

/**
 * The contract's two scalars (contract/types.graphql). Both are defined here once so that all
 * four subgraphs parse and print them identically; composition requires the same scalar everywhere.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "2005-09-01" into a Date at UTC midnight, refusing impossible dates such as "2005-02-30". */
export function parseIsoDate(value: string): Date {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new TypeError(`"${value}" is not an ISO 8601 calendar date (YYYY-MM-DD).`);
  }
  return date;
}

export function formatIsoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'ISO 8601 calendar date, e.g. "2005-09-01". No time and no time zone.',
  serialize(value) {
    if (value instanceof Date) return formatIsoDate(value);
    if (typeof value === 'string') return formatIsoDate(parseIsoDate(value));
    throw new TypeError(`Date cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value !== 'string') throw new TypeError('Date must be a string "YYYY-MM-DD".');
    return parseIsoDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string "YYYY-MM-DD".');
    return parseIsoDate(ast.value);
  },
});

/**
 * Whole Swedish kronor. Held as bigint inside the hub (PostgreSQL bigint, sums past 2^31) and sent as a
 * JSON integer, which the contract promises exact up to 2^53 - 1.
 */
export const KronorScalar = new GraphQLScalarType<bigint, number>({
  name: 'Kronor',
  description: 'Whole Swedish kronor as a JSON integer; exact up to 2^53 - 1. May be negative where a field says so.',
  serialize(value) {
    const amount = typeof value === 'bigint' ? value : typeof value === 'number' ? BigInt(value) : undefined;
    if (amount === undefined || amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < -BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new TypeError(`Kronor cannot represent ${String(value)} exactly.`);
    }
    return Number(amount);
  },
  parseValue(value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new TypeError('Kronor must be a whole number of kronor (an integer up to 2^53 - 1).');
    }
    return BigInt(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new TypeError('Kronor must be a whole number of kronor.');
    const amount = BigInt(ast.value);
    if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < -BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new TypeError('Kronor must be at most 2^53 - 1.');
    }
    return amount;
  },
});
