package ledgerdb_test

import (
	"context"
	"database/sql"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	_ "modernc.org/sqlite"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/risk/ledgerdb"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues"
)

var (
	_ strategy.Ledger       = (*ledgerdb.Ledger)(nil)
	_ strategy.Funds        = (*ledgerdb.Ledger)(nil)
	_ strategy.LedgerHealth = (*ledgerdb.Ledger)(nil)
)

func count(t *testing.T, db *sql.DB, q string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func TestMigrations(t *testing.T) {
	path := tempPath(t)
	l := open(t, path)
	if got, want := count(t, l.DB(), `SELECT count(*) FROM schema_migrations`), ledgerdb.SchemaVersion; got != want {
		t.Fatalf("migrations applied = %d, want %d", got, want)
	}
	var applied string
	l.DB().QueryRow(`SELECT group_concat(applied) FROM schema_migrations`).Scan(&applied)
	var mode string
	l.DB().QueryRow(`PRAGMA journal_mode`).Scan(&mode)
	var sync, fk int
	l.DB().QueryRow(`PRAGMA synchronous`).Scan(&sync)
	l.DB().QueryRow(`PRAGMA foreign_keys`).Scan(&fk)
	if mode != "wal" || sync != 2 || fk != 1 {
		t.Errorf("journal_mode, synchronous, foreign_keys = %s, %d, %d; want wal, 2 (FULL), 1", mode, sync, fk)
	}
	l.Close()

	// Applying again is a no-op: same rows, same timestamps.
	ctx := context.Background()
	l2, err := ledgerdb.Open(ctx, ledgerdb.Options{Path: path, Now: t0.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	var again string
	l2.DB().QueryRow(`SELECT group_concat(applied) FROM schema_migrations`).Scan(&again)
	if again != applied {
		t.Errorf("reopen re-applied migrations: %q, was %q", again, applied)
	}
	if l2.Fresh() {
		t.Error("reopened ledger says it is fresh")
	}
	// A newer schema is refused, read-write and read-only.
	if _, err := l2.DB().Exec(`INSERT INTO schema_migrations VALUES (?, 'future')`, ledgerdb.SchemaVersion+1); err != nil {
		t.Fatal(err)
	}
	l2.Close()
	_, err = ledgerdb.Open(ctx, ledgerdb.Options{Path: path, Now: t0})
	if !errors.Is(err, ledgerdb.ErrSchemaTooNew) || !strings.Contains(err.Error(), path) {
		t.Errorf("Open(newer schema) = %v, want ErrSchemaTooNew naming the file", err)
	}
	_, err = ledgerdb.ReadOnly(ctx, path)
	if !errors.Is(err, ledgerdb.ErrSchemaTooNew) {
		t.Errorf("ReadOnly(newer schema) = %v, want ErrSchemaTooNew", err)
	}
}

// A file at an older version gets only the migrations it lacks.
func TestMigratesFromOlderVersion(t *testing.T) {
	path := tempPath(t)
	l := open(t, path)
	l.RecordFill(hedgeFill(1, 1, t0, rand.New(rand.NewPCG(1, 1))))
	want := l.Balances()
	// Take the file back to version 1.
	for _, q := range []string{`DROP VIEW balance_changes`, `DROP INDEX intents_status`, `DROP INDEX orders_open`,
		`DROP INDEX txs_status`, `DROP INDEX fills_plan`, `DELETE FROM schema_migrations WHERE version = 2`} {
		if _, err := l.DB().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	if _, err := ledgerdb.ReadOnly(context.Background(), path); err == nil || !strings.Contains(err.Error(), "older") {
		t.Errorf("ReadOnly(version 1) = %v, want an error saying it is older", err)
	}
	l2 := open(t, path)
	if got := count(t, l2.DB(), `SELECT max(version) FROM schema_migrations`); got != ledgerdb.SchemaVersion {
		t.Errorf("version after reopen = %d, want %d", got, ledgerdb.SchemaVersion)
	}
	if got := count(t, l2.DB(), `SELECT count(*) FROM balance_changes`); got != 2 {
		t.Errorf("balance_changes rows = %d, want 2 (the fill's base and quote)", got)
	}
	equalBalances(t, "after migration", l2.Balances(), want)
}

func TestBadFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	os.WriteFile(garbage, []byte(strings.Repeat("not a database ", 1000)), 0o600)
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	for _, tc := range []struct {
		name, path string
		want       error
		msg        string
	}{
		{"missing", filepath.Join(dir, "nope.db"), nil, "no such file"},
		{"garbage", garbage, ledgerdb.ErrNotLedger, ""},
		{"other schema", other, ledgerdb.ErrNotLedger, "no schema_migrations"},
		{"empty", empty, ledgerdb.ErrNotLedger, "no schema"},
		{"directory", dir, ledgerdb.ErrNotLedger, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ledgerdb.ReadOnly(ctx, tc.path)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.path) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("err = %v, want it to name %s and say %q", err, tc.path, tc.msg)
			}
		})
	}
	// Read-write: garbage and a foreign schema are refused, not overwritten.
	for _, p := range []string{garbage, other} {
		if _, err := ledgerdb.Open(ctx, ledgerdb.Options{Path: p, Now: t0}); !errors.Is(err, ledgerdb.ErrNotLedger) {
			t.Errorf("Open(%s) = %v, want ErrNotLedger", filepath.Base(p), err)
		}
	}
}

func TestIdempotent(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	l := open(t, tempPath(t))
	p := plan(1, venues.MintSell, t0)
	l.RecordIntent(p, t0)
	rc := loop(1, t0.Add(time.Second), r)
	// One of the receipt's fills arrives on its own first, then the
	// receipt, then everything again.
	standalone := rc.Fills[1]
	standalone.PlanID = 1
	hedge := hedgeFill(2, 77, t0, r)
	for range 3 {
		l.RecordFill(&standalone)
		l.RecordReceipt(rc)
		l.RecordFill(hedge)
	}
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	db := l.DB()
	if got := count(t, db, `SELECT count(*) FROM fills`); got != 3 {
		t.Errorf("fills rows = %d, want 3", got)
	}
	if got := count(t, db, `SELECT count(*) FROM txs`); got != 1 {
		t.Errorf("txs rows = %d, want 1", got)
	}
	want := initial()
	for _, f := range append(rc.Fills, *hedge) {
		want[f.Base] = want[f.Base].Add(f.BaseDelta)
		want[f.Quote] = want[f.Quote].Add(f.QuoteDelta)
	}
	want["ETH"] = want["ETH"].Sub(rc.GasNative)
	equalBalances(t, "balances", l.Balances(), want)
	if got := l.Memory().Duplicates(); got != 7 {
		// 2 repeats x (standalone, receipt, hedge) + the receipt's copy of
		// the standalone fill.
		t.Errorf("duplicates = %d, want 7", got)
	}
	// Partial fills of one order leg have distinct trade ids: all count.
	h2 := *hedge
	h2.TradeID = "78"
	l.RecordFill(&h2)
	if got := count(t, db, `SELECT count(*) FROM fills`); got != 4 {
		t.Errorf("fills rows after a second partial fill = %d, want 4", got)
	}
	var status string
	db.QueryRow(`SELECT status FROM intents WHERE plan_id = 1`).Scan(&status)
	if status != "settled" {
		t.Errorf("intent status = %q, want settled", status)
	}
}

// record writes a mixed stream and returns the plans left open.
func record(l *ledgerdb.Ledger, n int, r *rand.Rand) (open []uint64) {
	at := t0
	for id := uint64(1); id <= uint64(n); id++ {
		at = at.Add(time.Duration(r.IntN(3600)) * time.Second)
		kind := []venues.PlanKind{venues.MintSell, venues.BuyRedeem, venues.Hedge}[id%3]
		l.RecordIntent(plan(id, kind, at), at)
		switch {
		case kind == venues.Hedge:
			for tr := range r.IntN(3) + 1 {
				l.RecordFill(hedgeFill(id, int(id)*10+tr, at, r))
			}
			open = append(open, id) // a hedge settles only when cmd says so
		case id%7 == 0:
			l.RecordTxSent(id, "arbitrum", loop(id, at, r).TxHash, id, at)
			open = append(open, id) // sent, no receipt yet
		case id%11 == 0:
			rc := loop(id, at.Add(time.Second), r)
			rc.Status, rc.Fills, rc.Reason = venues.TxReverted, nil, "min net"
			l.RecordReceipt(rc)
		default:
			l.RecordReceipt(loop(id, at.Add(time.Second), r))
		}
	}
	return open
}

func TestReopenRebuildsExactly(t *testing.T) {
	path := tempPath(t)
	l := open(t, path)
	wantOpen := record(l, 60, rand.New(rand.NewPCG(3, 4)))
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	wantBal := l.Balances()
	wantEntries := kinds(l.Memory().Entries())
	l.Close()

	l2, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: path, Initial: map[string]decimal.Decimal{"USDC": d("1")}, Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	equalBalances(t, "rebuilt", l2.Balances(), wantBal)
	if got := kinds(l2.Memory().Entries()); got != wantEntries {
		t.Errorf("rebuilt journal = %v, want %v", got, wantEntries)
	}
	if got := l2.LastPlanID(); got != 60 {
		t.Errorf("LastPlanID = %d, want 60", got)
	}
	rec, err := l2.Recovery(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var gotOpen []uint64
	for _, in := range rec.Intents {
		gotOpen = append(gotOpen, in.Plan.ID)
		if in.Plan.Kind == venues.Hedge && len(in.Fills) == 0 {
			t.Errorf("open hedge %d listed without its fills", in.Plan.ID)
		}
	}
	if !equalIDs(gotOpen, wantOpen) {
		t.Errorf("open intents = %v, want %v", gotOpen, wantOpen)
	}
	for _, tx := range rec.Txs {
		if !tx.Pending || tx.PlanID%7 != 0 || tx.Nonce != tx.PlanID {
			t.Errorf("pending tx %+v: want a pending tx of a plan divisible by 7 with its nonce", tx)
		}
	}
	wantPending := 0
	for id := 1; id <= 60; id++ {
		if id%3 != 2 && id%7 == 0 { // not a hedge, sent without a receipt
			wantPending++
		}
	}
	if got, want := len(rec.Txs), wantPending; got != want {
		t.Errorf("pending txs = %d, want %d", got, want)
	}
	// A round trip of the plan through TEXT is exact.
	if in := rec.Intents[0]; in.Plan != *plan(in.Plan.ID, in.Plan.Kind, in.Plan.Created) {
		t.Errorf("intent read back = %+v, want %+v", in.Plan, *plan(in.Plan.ID, in.Plan.Kind, in.Plan.Created))
	}
	// The receipt of a pending tx makes it final and settles its intent.
	rc := loop(7, t0.Add(48*time.Hour), rand.New(rand.NewPCG(9, 9)))
	l2.RecordReceipt(rc)
	rec, _ = l2.Recovery(context.Background())
	for _, in := range rec.Intents {
		if in.Plan.ID == 7 {
			t.Error("plan 7 still open after its receipt")
		}
	}
	if got := count(t, l2.DB(), `SELECT count(*) FROM txs WHERE plan_id = 7`); got != 1 {
		t.Errorf("plan 7 txs = %d, want 1 (pending row made final)", got)
	}
}

func equalIDs(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func kinds(es []risk.Entry) [4]int {
	var n [4]int
	for _, e := range es {
		n[e.Kind]++
	}
	return n
}

func TestOrdersLatestWins(t *testing.T) {
	l := open(t, tempPath(t))
	o := venues.Order{Venue: "binance", Symbol: "ETHUSDT", ClientID: "nv-1-0", Side: venues.Buy, Type: venues.Limit,
		Price: d("3000.01"), Qty: d("0.5"), Status: venues.OrderNew, Updated: t0}
	up := func(status venues.OrderStatus, filled string, at time.Time) {
		o.Status, o.Filled, o.Updated = status, d(filled), at
		if err := l.RecordOrder(&venues.OrderUpdate{Time: at, Order: o}); err != nil {
			t.Fatal(err)
		}
	}
	up(venues.OrderNew, "0", t0)
	up(venues.OrderPartiallyFilled, "0.2", t0.Add(2*time.Second))
	up(venues.OrderNew, "0", t0.Add(time.Second)) // late, stale
	rec, err := l.Recovery(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Orders) != 1 || rec.Orders[0].Status != venues.OrderPartiallyFilled || !rec.Orders[0].Filled.Equal(d("0.2")) {
		t.Fatalf("open orders = %+v, want the partially filled one", rec.Orders)
	}
	up(venues.OrderFilled, "0.5", t0.Add(3*time.Second))
	rec, _ = l.Recovery(context.Background())
	if len(rec.Orders) != 0 {
		t.Errorf("open orders after fill = %+v, want none", rec.Orders)
	}
}

// A write that fails is latched: later intents are refused (and the engine
// sends nothing), the callback fires once, fills still move the balances.
func TestWriteFailureLatches(t *testing.T) {
	var calls []error
	l, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: tempPath(t), Initial: initial(), Now: t0,
		OnError: func(err error) { calls = append(calls, err) }})
	if err != nil {
		t.Fatal(err)
	}
	l.RecordIntent(plan(1, venues.MintSell, t0), t0)
	if l.Err() != nil {
		t.Fatal(l.Err())
	}
	l.DB().Close() // the database goes away under the ledger
	l.RecordIntent(plan(2, venues.MintSell, t0), t0)
	if err := l.Err(); err == nil || !strings.Contains(err.Error(), "plan 2") {
		t.Fatalf("Err() = %v, want the failed intent of plan 2", err)
	}
	f := hedgeFill(3, 1, t0, rand.New(rand.NewPCG(1, 1)))
	l.RecordFill(f)
	l.RecordIntent(plan(4, venues.MintSell, t0), t0)
	if len(calls) != 1 {
		t.Errorf("OnError called %d times, want 1", len(calls))
	}
	if got, want := l.Balance("USDT"), f.QuoteDelta; !got.Equal(want) {
		t.Errorf("USDT = %s, want %s (the fill happened)", got, want)
	}
	if got := kinds(l.Memory().Entries())[risk.EntryIntent]; got != 1 {
		t.Errorf("intents in memory = %d, want 1 (refused after the failure)", got)
	}
}

// A ledger that starts with nothing is still a started ledger: reopening it
// does not take new starting balances.
func TestEmptyStart(t *testing.T) {
	path := tempPath(t)
	l, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: path, Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	if !l.Fresh() || len(l.Balances()) != 0 {
		t.Fatalf("fresh %v balances %v; want a fresh, empty ledger", l.Fresh(), l.Balances())
	}
	l.Close()
	l2, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: path, Now: t0, Initial: initial()})
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	if l2.Fresh() || len(l2.Balances()) != 0 {
		t.Errorf("reopened: fresh %v balances %v; want the empty start kept", l2.Fresh(), l2.Balances())
	}
}
