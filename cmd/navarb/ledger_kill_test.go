package main

import (
	"context"
	"database/sql"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/navarb/navarb/risk/ledgerdb"
)

// buildNavarb builds this command into dir.
func buildNavarb(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "navarb")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// dump reads a table's rows (all columns, in insertion order) as text. An
// intent's status is left out: it is the one value that changes (an open
// intent settles when its receipt arrives), and is checked on its own.
func dump(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	cols := "*"
	if table == "intents" {
		cols = "plan_id, kind, token, market, market_kind, chain, size, quote_amount, nav, market_price, premium_bps, " +
			"notional_usd, exp_gross_usd, exp_issuer_fee_usd, exp_venue_fee_usd, exp_gas_usd, exp_hedge_usd, " +
			"exp_net_usd, min_net_usd, gas_units, max_fee_gwei, tip_gwei, created, deadline, recorded"
	}
	rows, err := db.Query(`SELECT ` + cols + ` FROM ` + table + ` ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	names, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(names))
		ptrs := make([]any, len(names))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%v", vals))
	}
	return out
}

func countFills(path string) int {
	db, err := ledgerdb.ReadOnly(context.Background(), path)
	if err != nil {
		return 0 // not created or not migrated yet
	}
	defer db.Close()
	var n int
	db.QueryRow(`SELECT count(*) FROM fills`).Scan(&n) //nolint:errcheck // 0 on error: poll again
	return n
}

// TestSimKilledLedgerIsAPrefix SIGKILLs `navarb run` (sim, ledger file) at
// several points of a simulated day. The sim is deterministic, so each
// killed file must hold exactly a prefix of the complete run's records:
// nothing committed lost, nothing doubled or garbled, no receipt without
// its fills; and it reopens and rebuilds.
func TestSimKilledLedgerIsAPrefix(t *testing.T) {
	dir := t.TempDir()
	bin := buildNavarb(t, dir)
	args := func(path string) []string {
		return []string{"run", "-config", refConfig, "-log-level", "error", "-set", "sim.duration=24h", "-set", "ledger.path=" + path}
	}
	full := filepath.Join(dir, "full.db")
	if out, err := exec.Command(bin, args(full)...).CombinedOutput(); err != nil {
		t.Fatalf("complete run: %v\n%s", err, out)
	}
	ref, err := ledgerdb.ReadOnly(context.Background(), full)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	tables := []string{"intents", "txs", "fills", "balance_snapshots"}
	want := map[string][]string{}
	for _, tb := range tables {
		want[tb] = dump(t, ref, tb)
	}
	if len(want["fills"]) < 400 {
		t.Fatalf("complete run has %d fills; the kill points below assume a busier day", len(want["fills"]))
	}
	for _, at := range []int{30, 150, 350} {
		path := filepath.Join(dir, fmt.Sprintf("killed-%d.db", at))
		cmd := exec.Command(bin, args(path)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(60 * time.Second)
		for countFills(path) < at && time.Now().Before(deadline) {
			time.Sleep(2 * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL) //nolint:errcheck // Wait reports how it ended
		cmd.Wait()                          //nolint:errcheck // killed: non-nil by design
		if ws := cmd.ProcessState.Sys().(syscall.WaitStatus); !ws.Signaled() {
			t.Fatalf("kill at %d fills: the run ended on its own (%v) before the kill", at, cmd.ProcessState)
		}
		db, err := ledgerdb.ReadOnly(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		var counts []string
		for _, tb := range tables {
			got := dump(t, db, tb)
			if len(got) > len(want[tb]) {
				t.Fatalf("kill at %d: %s has %d rows, the complete run %d", at, tb, len(got), len(want[tb]))
			}
			for i := range got {
				if got[i] != want[tb][i] {
					t.Fatalf("kill at %d: %s row %d = %s, complete run %s", at, tb, i+1, got[i], want[tb][i])
				}
			}
			counts = append(counts, fmt.Sprintf("%s=%d", tb, len(got)))
		}
		// An intent is settled exactly when its receipt is in the file.
		var wrong int
		db.QueryRow(`SELECT count(*) FROM intents i WHERE (i.status = 'open') !=
			NOT EXISTS (SELECT 1 FROM txs t WHERE t.plan_id = i.plan_id)`).Scan(&wrong)
		if wrong != 0 {
			t.Errorf("kill at %d: %d intents whose status disagrees with their receipt", at, wrong)
		}
		var torn int
		db.QueryRow(`SELECT count(*) FROM txs t WHERE status = 'success' AND (SELECT count(*) FROM fills f WHERE f.tx_id = t.id) != 2`).Scan(&torn)
		if torn != 0 {
			t.Errorf("kill at %d: %d successful receipts without their 2 fills", at, torn)
		}
		p, err := ledgerdb.Summarize(context.Background(), db)
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		l, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: path})
		if err != nil {
			t.Fatalf("reopen after kill: %v", err)
		}
		for asset, end := range p.End {
			if got := l.Balance(asset); !got.Equal(end) {
				t.Errorf("kill at %d: rebuilt %s = %s, file says %s", at, asset, got, end)
			}
		}
		l.Close()
		t.Logf("killed after >= %d fills: %s, a prefix of the complete run", at, strings.Join(counts, " "))
	}
}
