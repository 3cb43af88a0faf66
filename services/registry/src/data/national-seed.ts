import { bulkTransaction, SYNTHETIC_ID_PREFIX, type PartyKind } from '@finsam/core';
import { pool, SCHEMA } from './db.ts';

/**
 * The registry's part of the synthetic national data set (issue 12, part 1). The rows are generated
 * elsewhere (scripts/national.ts decides what the synthetic nation looks like); this module only writes
 * them, by one multi-row statement per table (unnest over arrays) inside one transaction, instead of
 * one registerForbund call per förbund. Dates are ISO strings ("2007-01-01").
 */

export interface NationalParty {
  id: string;
  kind: PartyKind;
  name: string;
  kommunCode: string | null;
  lanCode: string | null;
}

export interface NationalForbund {
  id: string;
  formedOn: string;
  activeSinceYear: number;
  dissolvedOn: string | null;
  mergedIntoId: string | null;
  lanCode: string;
  source: string;
}

export interface NationalForbundName {
  forbundId: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  source: string;
}

export interface NationalMembership {
  forbundId: string;
  partyId: string;
  joinedOn: string | null;
  leftOn: string | null;
  source: string;
}

export interface NationalRegistry {
  parties: NationalParty[];
  forbund: NationalForbund[];
  names: NationalForbundName[];
  memberships: NationalMembership[];
}

export interface NationalRegistryCounts {
  forbund: number;
  names: number;
  memberships: number;
  /** Parties newly written: a kommun's party is shared with the demo data where it already exists. */
  parties: number;
}

/** How many synthetic förbund are present: the national data set is loaded at most once. */
export async function countNationalRegistry(): Promise<number> {
  const { rows } = await pool().query<{ n: number }>(
    /* countNationalRegistry */ `SELECT count(*)::int AS n FROM ${SCHEMA}.forbund WHERE starts_with(id, $1)`,
    [SYNTHETIC_ID_PREFIX],
  );
  return rows[0]!.n;
}

export async function loadNationalRegistry(data: NationalRegistry): Promise<NationalRegistryCounts> {
  return bulkTransaction(pool(), SCHEMA, async (client) => {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM forbund WHERE starts_with(id, $1)`, [SYNTHETIC_ID_PREFIX]);
    if (rows[0]!.n > 0) throw new Error(`The registry already holds ${rows[0]!.n} synthetic förbund (${SYNTHETIC_ID_PREFIX}…).`);

    // A kommun has one party row (party.kommun_code is unique): where the demo data already made it,
    // that row is used as it is.
    const parties = await client.query(
      /* loadNationalParties */ `
      INSERT INTO party (id, kind, name, kommun_code, lan_code)
      SELECT * FROM unnest($1::text[], $2::"PartyKind"[], $3::text[], $4::varchar[], $5::varchar[])
      ON CONFLICT DO NOTHING`,
      [
        data.parties.map((p) => p.id),
        data.parties.map((p) => p.kind),
        data.parties.map((p) => p.name),
        data.parties.map((p) => p.kommunCode),
        data.parties.map((p) => p.lanCode),
      ],
    );
    // One statement: a merger's target is in the same batch, and PostgreSQL checks the self-reference
    // (merged_into_id) at the end of the statement.
    const forbund = await client.query(
      /* loadNationalForbund */ `
      INSERT INTO forbund (id, formed_on, active_since_year, dissolved_on, merged_into_id, lan_code, source, updated_at)
      SELECT f.*, now() FROM unnest($1::text[], $2::date[], $3::int[], $4::date[], $5::text[], $6::varchar[], $7::text[]) AS f`,
      [
        data.forbund.map((f) => f.id),
        data.forbund.map((f) => f.formedOn),
        data.forbund.map((f) => f.activeSinceYear),
        data.forbund.map((f) => f.dissolvedOn),
        data.forbund.map((f) => f.mergedIntoId),
        data.forbund.map((f) => f.lanCode),
        data.forbund.map((f) => f.source),
      ],
    );
    const names = await client.query(
      /* loadNationalForbundNames */ `
      INSERT INTO forbund_name (forbund_id, name, valid_from, valid_to, source)
      SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::text[])`,
      [
        data.names.map((n) => n.forbundId),
        data.names.map((n) => n.name),
        data.names.map((n) => n.validFrom),
        data.names.map((n) => n.validTo),
        data.names.map((n) => n.source),
      ],
    );
    const memberships = await client.query(
      /* loadNationalMemberships */ `
      INSERT INTO membership (forbund_id, party_id, joined_on, left_on, source)
      SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::text[])`,
      [
        data.memberships.map((m) => m.forbundId),
        data.memberships.map((m) => m.partyId),
        data.memberships.map((m) => m.joinedOn),
        data.memberships.map((m) => m.leftOn),
        data.memberships.map((m) => m.source),
      ],
    );
    return { forbund: forbund.rowCount ?? 0, names: names.rowCount ?? 0, memberships: memberships.rowCount ?? 0, parties: parties.rowCount ?? 0 };
  });
}
