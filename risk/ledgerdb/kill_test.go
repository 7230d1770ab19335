package ledgerdb_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk/ledgerdb"
	"github.com/navarb/navarb/venues"
)

// The kill -9 test re-runs this test binary as a writer: with
// LEDGERDB_WRITER=path,from,to it records records from..to into path,
// printing "ok i" after record i returns, and exits.
func TestMain(m *testing.M) {
	if spec := os.Getenv("LEDGERDB_WRITER"); spec != "" {
		os.Exit(writer(spec))
	}
	os.Exit(m.Run())
}

func writer(spec string) int {
	var path string
	var from, to int
	if _, err := fmt.Sscanf(spec, "%s %d %d", &path, &from, &to); err != nil {
		fmt.Fprintln(os.Stderr, "writer spec:", err)
		return 3
	}
	l, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: path, Initial: initial(), Now: t0})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	// Like the engine after a restart, continue the plan numbering: intents
	// are new plans; fills and receipts are re-delivered from the start.
	last := l.LastPlanID()
	for i := from; i <= to; i++ {
		writeRecord(l, i, uint64(i) > last)
		if err := l.Err(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 3
		}
		os.Stdout.WriteString("ok " + strconv.Itoa(i) + "\n")
	}
	return 0
}

// writeRecord writes record i: an intent, then every fifth a receipt with
// two fills and gas, else an exchange fill. The same i gives the same
// record, so a writer restarted from 1 re-delivers everything.
func writeRecord(l *ledgerdb.Ledger, i int, intent bool) {
	id := uint64(i)
	r := rand.New(rand.NewPCG(uint64(i), 42))
	at := t0.Add(time.Duration(i) * time.Minute)
	kind := venues.Hedge
	if i%5 == 0 {
		kind = venues.MintSell
	}
	if intent {
		l.RecordIntent(plan(id, kind, at), at)
	}
	if i%5 == 0 {
		l.RecordReceipt(loop(id, at, r))
		return
	}
	l.RecordFill(hedgeFill(id, i, at, r))
}

// wantAfter is the balances after records 1..k.
func wantAfter(k int) map[string]decimal.Decimal {
	want := initial()
	for i := 1; i <= k; i++ {
		r := rand.New(rand.NewPCG(uint64(i), 42))
		at := t0.Add(time.Duration(i) * time.Minute)
		var fills []venues.Fill
		if i%5 == 0 {
			rc := loop(uint64(i), at, r)
			fills = rc.Fills
			want["ETH"] = want["ETH"].Sub(rc.GasNative)
		} else {
			fills = []venues.Fill{*hedgeFill(uint64(i), i, at, r)}
		}
		for _, f := range fills {
			want[f.Base] = want[f.Base].Add(f.BaseDelta)
			want[f.Quote] = want[f.Quote].Add(f.QuoteDelta)
		}
	}
	return want
}

// runWriter runs a writer for records 1..to and SIGKILLs it once it has
// acknowledged record killAt, or once killAfter has passed (zero values: let
// it finish). It returns the last record acknowledged.
func runWriter(t *testing.T, path string, to, killAt int, killAfter time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), fmt.Sprintf("LEDGERDB_WRITER=%s %d %d", path, 1, to))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	kill := func() {
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil && !errors.Is(err, os.ErrProcessDone) {
			t.Error(err)
		}
	}
	if killAfter > 0 {
		timer := time.AfterFunc(killAfter, kill)
		defer timer.Stop()
	}
	last := 0
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		var i int
		if _, err := fmt.Sscanf(sc.Text(), "ok %d", &i); err != nil {
			t.Fatalf("writer said %q", sc.Text())
		}
		last = i
		if killAt > 0 && i == killAt {
			kill()
		}
	}
	err = cmd.Wait()
	if killAt > 0 || killAfter > 0 {
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
			t.Fatalf("writer was not killed by SIGKILL (killAt %d, killAfter %v): %v", killAt, killAfter, err)
		}
	} else if err != nil {
		t.Fatalf("writer: %v", err)
	}
	return last
}

// committed reads which records the file holds: the highest intent, and the
// plans with a fill or receipt, checking both are a prefix 1..k with no row
// twice.
func committed(t *testing.T, path string) (intents, records int) {
	t.Helper()
	db, err := ledgerdb.ReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n, maxID int
	db.QueryRow(`SELECT count(*), coalesce(max(plan_id), 0) FROM intents`).Scan(&n, &maxID)
	if n != maxID {
		t.Errorf("intents: %d rows, max plan %d: not a prefix", n, maxID)
	}
	intents = n
	var plans, dupFills, dupTxs int
	db.QueryRow(`SELECT count(DISTINCT plan_id), coalesce(max(plan_id), 0) FROM fills`).Scan(&plans, &maxID)
	if plans != maxID {
		t.Errorf("fills: %d plans, max plan %d: not a prefix", plans, maxID)
	}
	db.QueryRow(`SELECT count(*) - count(DISTINCT plan_id || '/' || leg || '/' || trade_id) FROM fills`).Scan(&dupFills)
	db.QueryRow(`SELECT count(*) - count(DISTINCT hash) FROM txs`).Scan(&dupTxs)
	if dupFills != 0 || dupTxs != 0 {
		t.Errorf("duplicate rows: %d fills, %d txs", dupFills, dupTxs)
	}
	// A receipt's fills and gas commit together.
	var orphans int
	db.QueryRow(`SELECT count(*) FROM txs t WHERE (SELECT count(*) FROM fills f WHERE f.tx_id = t.id) != 2`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d receipts without exactly their 2 fills", orphans)
	}
	return intents, plans
}

// TestKill9 kills a writing process with SIGKILL again and again, right
// after an acknowledgement and at arbitrary moments (mid-transaction),
// restarting it each time from record 1 (a venue re-delivering everything):
// nothing acknowledged is lost, nothing is recorded twice, a receipt's fills
// and gas commit together, and the rebuilt balances are exact.
func TestKill9(t *testing.T) {
	path := tempPath(t)
	const big = 1 << 20
	rounds := []struct {
		to, killAt int
		after      time.Duration
	}{
		{big, 40, 0}, {big, 97, 0},
		{big, 0, 40 * time.Millisecond}, {big, 0, 90 * time.Millisecond}, {big, 0, 150 * time.Millisecond},
		{big, 0, 220 * time.Millisecond}, {big, 0, 300 * time.Millisecond},
		{0, 0, 0}, // to: set below, to finish past the last kill
	}
	unacked, maxRecords := 0, 0
	for round, rd := range rounds {
		if rd.to == 0 {
			rd.to = maxRecords + 25
		}
		last := runWriter(t, path, rd.to, rd.killAt, rd.after)
		intents, records := committed(t, path)
		killed := rd.killAt > 0 || rd.after > 0
		switch {
		case !killed:
			if records != rd.to || intents != rd.to {
				t.Fatalf("final round: %d records, %d intents; want %d", records, intents, rd.to)
			}
		case rd.killAt > 0 && last != rd.killAt:
			t.Fatalf("round %d: last ack %d, want %d", round, last, rd.killAt)
		case !(last <= records && records <= intents && intents <= last+1) && !(last < maxRecords && records == maxRecords):
			// A writer killed while re-delivering old records has nothing
			// new: the file keeps what the previous rounds committed.
			t.Fatalf("round %d: acked %d, committed %d records and %d intents: want acked <= records <= intents <= acked+1",
				round, last, records, intents)
		}
		if records < maxRecords {
			t.Fatalf("round %d: %d records, fewer than the %d committed before", round, records, maxRecords)
		}
		if killed && records > last {
			unacked++ // committed, killed before it could say so
		}
		maxRecords = records
		l, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: path, Now: t0})
		if err != nil {
			t.Fatal(err)
		}
		equalBalances(t, fmt.Sprintf("round %d rebuilt", round), l.Balances(), wantAfter(records))
		if got := l.Memory().Duplicates(); got != 0 {
			t.Errorf("round %d: %d duplicates in the rebuilt ledger", round, got)
		}
		l.Close()
		t.Logf("round %d: killed=%v ack %d; %d records, %d intents committed", round, killed, last, records, intents)
	}
	t.Logf("%d kills; %d left a record committed but unacknowledged; %d records in the end", len(rounds)-1, unacked, maxRecords)
}
