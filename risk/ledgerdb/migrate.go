package ledgerdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// ErrSchemaTooNew: the file was written by a newer navarb.
var ErrSchemaTooNew = errors.New("ledger schema is newer than this navarb knows")

// ErrNotLedger: the file is not a navarb ledger (or is corrupt).
var ErrNotLedger = errors.New("not a navarb ledger")

// migrations are applied in order; migration i+1 is migrations[i]. Never
// edit one that has shipped: add a new one.
var migrations = [...]string{
	// 1: the journal.
	`CREATE TABLE intents (
		plan_id      INTEGER PRIMARY KEY,
		kind         TEXT NOT NULL,
		token        TEXT NOT NULL,
		market       TEXT NOT NULL,
		market_kind  INTEGER NOT NULL,
		chain        TEXT NOT NULL,
		size         TEXT NOT NULL,
		quote_amount TEXT NOT NULL,
		nav          TEXT NOT NULL,
		market_price TEXT NOT NULL,
		premium_bps  TEXT NOT NULL,
		notional_usd TEXT NOT NULL,
		exp_gross_usd      TEXT NOT NULL,
		exp_issuer_fee_usd TEXT NOT NULL,
		exp_venue_fee_usd  TEXT NOT NULL,
		exp_gas_usd        TEXT NOT NULL,
		exp_hedge_usd      TEXT NOT NULL,
		exp_net_usd        TEXT NOT NULL,
		min_net_usd  TEXT NOT NULL,
		gas_units    INTEGER NOT NULL,
		max_fee_gwei TEXT NOT NULL,
		tip_gwei     TEXT NOT NULL,
		created      TEXT NOT NULL,
		deadline     TEXT NOT NULL,
		recorded     TEXT NOT NULL,
		status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'settled', 'failed', 'unwound'))
	) STRICT;
	CREATE TABLE orders (
		client_id    TEXT PRIMARY KEY,
		venue        TEXT NOT NULL,
		symbol       TEXT NOT NULL,
		exchange_id  TEXT NOT NULL,
		side         TEXT NOT NULL,
		type         TEXT NOT NULL,
		price        TEXT NOT NULL,
		qty          TEXT NOT NULL,
		filled       TEXT NOT NULL,
		quote_filled TEXT NOT NULL,
		status       TEXT NOT NULL,
		open         INTEGER NOT NULL,
		updated      TEXT NOT NULL
	) STRICT;
	CREATE TABLE txs (
		id           INTEGER PRIMARY KEY,
		chain        TEXT NOT NULL,
		hash         TEXT NOT NULL,
		plan_id      INTEGER NOT NULL,
		nonce        INTEGER NOT NULL,
		status       TEXT NOT NULL CHECK (status IN ('pending', 'success', 'reverted', 'dropped', 'unknown')),
		block        INTEGER NOT NULL DEFAULT 0,
		gas_used     INTEGER NOT NULL DEFAULT 0,
		gas_native   TEXT NOT NULL DEFAULT '0',
		native_asset TEXT NOT NULL DEFAULT '',
		gas_usd      TEXT NOT NULL DEFAULT '0',
		reason       TEXT NOT NULL DEFAULT '',
		sent         TEXT NOT NULL DEFAULT '',
		time         TEXT NOT NULL DEFAULT '',
		UNIQUE (chain, hash)
	) STRICT;
	CREATE TABLE fills (
		id          INTEGER PRIMARY KEY,
		time        TEXT NOT NULL,
		plan_id     INTEGER NOT NULL,
		leg         INTEGER NOT NULL,
		venue       TEXT NOT NULL,
		instrument  TEXT NOT NULL,
		trade_id    TEXT NOT NULL,
		tx_id       INTEGER REFERENCES txs(id),
		log_index   INTEGER,
		action      TEXT NOT NULL,
		base        TEXT NOT NULL,
		quote       TEXT NOT NULL,
		base_delta  TEXT NOT NULL,
		quote_delta TEXT NOT NULL,
		fee         TEXT NOT NULL,
		fee_asset   TEXT NOT NULL,
		fee_usd     TEXT NOT NULL,
		maker       INTEGER NOT NULL,
		UNIQUE (plan_id, leg, venue, instrument, trade_id)
	) STRICT;
	CREATE TABLE balance_snapshots (
		id     INTEGER PRIMARY KEY,
		time   TEXT NOT NULL,
		kind   TEXT NOT NULL CHECK (kind IN ('start', 'observed')),
		venue  TEXT NOT NULL,
		asset  TEXT NOT NULL,
		amount TEXT NOT NULL
	) STRICT;`,
	// 2: lookups for recovery and reports, and the PnL view: every balance
	// change, signed, with the loop it belongs to.
	`CREATE INDEX intents_status ON intents (status);
	CREATE INDEX orders_open ON orders (open);
	CREATE INDEX txs_status ON txs (status);
	CREATE INDEX fills_plan ON fills (plan_id);
	CREATE VIEW balance_changes AS
		SELECT f.time, f.plan_id, 'fill' AS source, f.base AS asset, f.base_delta AS amount, f.fee_usd AS cost_usd
		FROM fills f
		UNION ALL
		SELECT f.time, f.plan_id, 'fill', f.quote, f.quote_delta, '0' FROM fills f
		UNION ALL
		SELECT t.time, t.plan_id, 'gas', t.native_asset, '-' || t.gas_native, t.gas_usd
		FROM txs t WHERE t.status NOT IN ('pending', 'unknown') AND t.gas_native != '0';`,
}

// SchemaVersion is the schema this navarb writes.
const SchemaVersion = len(migrations)

// schemaVersion reads the file's schema version: 0 for an empty file.
func schemaVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var n int
	err := q.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrNotLedger, err)
	}
	if n == 0 {
		var tables int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&tables); err != nil {
			return 0, fmt.Errorf("%w: %w", ErrNotLedger, err)
		}
		if tables > 0 {
			return 0, fmt.Errorf("%w: it has tables but no schema_migrations", ErrNotLedger)
		}
		return 0, nil
	}
	var v sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("%w: schema_migrations: %w", ErrNotLedger, err)
	}
	return int(v.Int64), nil
}

func checkVersion(v int) error {
	if v > SchemaVersion {
		return fmt.Errorf("%w: file has schema version %d, this navarb knows up to %d", ErrSchemaTooNew, v, SchemaVersion)
	}
	return nil
}

// migrate applies the migrations the file lacks, each in its own
// transaction with its schema_migrations row; it returns the version
// before and after.
func migrate(ctx context.Context, db *sql.DB, now string) (from, to int, err error) {
	from, err = schemaVersion(ctx, db)
	if err != nil {
		return 0, 0, err
	}
	if err := checkVersion(from); err != nil {
		return from, from, err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied TEXT NOT NULL) STRICT`); err != nil {
		return 0, 0, fmt.Errorf("create schema_migrations: %w", err)
	}
	for v := from + 1; v <= SchemaVersion; v++ {
		if err := applyMigration(ctx, db, v, now); err != nil {
			return from, v - 1, err
		}
	}
	return from, SchemaVersion, nil
}

func applyMigration(ctx context.Context, db *sql.DB, v int, now string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %d: %w", v, err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	// Another process may have migrated between our read and our lock.
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&done); err != nil {
		return fmt.Errorf("migration %d: %w", v, err)
	}
	if done > 0 {
		return tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, migrations[v-1]); err != nil {
		return fmt.Errorf("migration %d: %w", v, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied) VALUES (?, ?)`, v, now); err != nil {
		return fmt.Errorf("migration %d: %w", v, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %d: commit: %w", v, err)
	}
	return nil
}
