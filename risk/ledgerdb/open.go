package ledgerdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/navarb/navarb/risk"
)

// BusyTimeout is how long a write waits for another connection's lock.
const BusyTimeout = 5 * time.Second

// Options configure Open.
type Options struct {
	// Path is the SQLite file; it is created if missing.
	Path string
	// Initial is the starting balances, written as the 'start' snapshot
	// when the file has none; ignored for a file that already has one (its
	// balances are rebuilt from the file).
	Initial map[string]decimal.Decimal
	// Venue labels the start snapshot (default "account").
	Venue string
	// Now stamps the start snapshot and the migrations.
	Now time.Time
	// OnError is called once, with the first write error (see Err), while
	// the ledger's lock is held: it must not call the Ledger (cmd trips the
	// risk gate's kill switch).
	OnError func(error)
	Log     zerolog.Logger
}

// dsn builds the connection string: WAL, synchronous=FULL (a committed
// record survives power loss), busy timeout, foreign keys, and write
// transactions that take the lock at BEGIN.
func dsn(path string, readOnly bool) (string, error) {
	if path == "" {
		return "", errors.New("empty path")
	}
	if strings.ContainsAny(path, "?#") {
		return "", fmt.Errorf("path %q: '?' and '#' are not allowed in a ledger path", path)
	}
	q := []string{
		fmt.Sprintf("_pragma=busy_timeout(%d)", BusyTimeout.Milliseconds()),
		"_pragma=foreign_keys(1)",
	}
	if readOnly {
		q = append(q, "mode=ro")
	} else {
		q = append(q, "_pragma=journal_mode(WAL)", "_pragma=synchronous(FULL)", "_txlock=immediate")
	}
	return "file:" + strings.ReplaceAll(path, "%", "%25") + "?" + strings.Join(q, "&"), nil
}

// Open opens (or creates) the ledger at opts.Path, migrates it, writes the
// start snapshot if the file has none, and rebuilds the in-memory balances
// from it.
func Open(ctx context.Context, opts Options) (*Ledger, error) {
	if opts.Venue == "" {
		opts.Venue = "account"
	}
	src, err := dsn(opts.Path, false)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: open: %w", err)
	}
	db, err := sql.Open("sqlite", src)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: open %s: %w", opts.Path, err)
	}
	// One connection: SQLite has one writer anyway, and every record is
	// then strictly ordered.
	db.SetMaxOpenConns(1)
	l, err := open(ctx, db, opts)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("ledgerdb: open %s: %w", opts.Path, err)
	}
	return l, nil
}

func open(ctx context.Context, db *sql.DB, opts Options) (*Ledger, error) {
	var mode string
	if err := db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotLedger, err)
	}
	if mode != "wal" {
		return nil, fmt.Errorf("journal_mode is %q, want wal", mode)
	}
	if _, _, err := migrate(ctx, db, fmtTime(opts.Now)); err != nil {
		return nil, err
	}
	st, err := prepare(ctx, db)
	if err != nil {
		return nil, err
	}
	l := &Ledger{db: db, st: st, onError: opts.OnError, log: opts.Log}
	start, fresh, err := l.startSnapshot(ctx)
	if err != nil {
		st.close()
		return nil, err
	}
	if fresh {
		if err := l.writeStart(ctx, opts.Initial, opts.Venue, opts.Now); err != nil {
			st.close()
			return nil, err
		}
		start = opts.Initial
	}
	l.fresh = fresh
	l.mem = risk.NewLedger(start)
	if err := l.rebuild(ctx); err != nil {
		st.close()
		return nil, err
	}
	return l, nil
}

// ReadOnly opens an existing ledger for reading (reports): a missing file,
// a file that is not a ledger and a newer schema are errors naming the file.
func ReadOnly(ctx context.Context, path string) (*sql.DB, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("ledgerdb: %s: no such file", path)
		}
		return nil, fmt.Errorf("ledgerdb: %w", err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("ledgerdb: %s: %w: a directory", path, ErrNotLedger)
	}
	src, err := dsn(path, true)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: %w", err)
	}
	db, err := sql.Open("sqlite", src)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: open %s: %w", path, err)
	}
	v, err := schemaVersion(ctx, db)
	if err == nil && v == 0 {
		err = fmt.Errorf("%w: no schema", ErrNotLedger)
	}
	if err == nil {
		err = checkVersion(v)
	}
	if err == nil && v < SchemaVersion {
		err = fmt.Errorf("%w: schema version %d is older than %d: open it read-write (navarb run) to migrate", ErrNotLedger, v, SchemaVersion)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("ledgerdb: %s: %w", path, err)
	}
	return db, nil
}
