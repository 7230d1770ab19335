package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk/ledgerdb"
)

// cmdReport prints a ledger's PnL by day, token and loop kind, from the
// ledger file alone.
func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("ledger", "", "SQLite ledger file (required)")
	asJSON := fs.Bool("json", false, "print JSON instead of tables")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *path == "" {
		return usageError{fmt.Errorf("-ledger: a ledger file is required")}
	}
	db, err := ledgerdb.ReadOnly(ctx, *path)
	if err != nil {
		return usageError{err}
	}
	defer db.Close()
	p, err := ledgerdb.Summarize(ctx, db)
	if err != nil {
		return usageError{fmt.Errorf("%s: %w", *path, err)}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(p)
	}
	return writePnL(stdout, p)
}

// writePnL prints the PnL as tables: USD rounded to the cent, assets exact.
func writePnL(w io.Writer, p *ledgerdb.PnL) error {
	var b strings.Builder
	fmt.Fprintf(&b, "ledger schema %d: %d intents, %d fills, %d transactions\n", p.SchemaVersion, p.Intents, p.Fills, p.Txs)
	fmt.Fprintf(&b, "net PnL %s USD (fees %s, gas %s)\n", usd(p.Total.NetUSD), usd(p.Total.FeesUSD), usd(p.Total.GasUSD))
	if len(p.Unpriced) > 0 {
		fmt.Fprintf(&b, "unpriced (left out of net_usd): %s\n", strings.Join(p.Unpriced, ", "))
	}
	for _, t := range []struct {
		title string
		rows  []ledgerdb.Row
		cols  []string
	}{
		{"by day", p.ByDay, []string{"day"}},
		{"by token", p.ByToken, []string{"token"}},
		{"by kind", p.ByKind, []string{"kind"}},
		{"by day, token and kind", p.Rows, []string{"day", "token", "kind"}},
	} {
		fmt.Fprintf(&b, "\nPnL %s\n", t.title)
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "%s\tloops\tfills\ttxs\tfees_usd\tgas_usd\tnet_usd\t\n", strings.Join(t.cols, "\t"))
		for _, r := range t.rows {
			keys := map[string]string{"day": r.Day, "token": orDash(r.Token), "kind": r.Kind}
			var ks []string
			for _, c := range t.cols {
				ks = append(ks, keys[c])
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t\n", strings.Join(ks, "\t"), r.Loops, r.Fills, r.Txs,
				usd(r.FeesUSD), usd(r.GasUSD), usd(r.NetUSD))
		}
		tw.Flush()
	}
	b.WriteString("\nbalances (exact)\n")
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "asset\tstart\tchange\tend\tmark_usd\t\n")
	assets := map[string]bool{}
	for a := range p.End {
		assets[a] = true
	}
	for a := range p.Start {
		assets[a] = true
	}
	var names []string
	for a := range assets {
		if a != "" {
			names = append(names, a)
		}
	}
	slices.Sort(names)
	for _, a := range names {
		mark := "-"
		if m, ok := p.Marks[a]; ok {
			mark = m.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", a, p.Start[a], p.Change[a], p.End[a], mark)
	}
	tw.Flush()
	_, err := io.WriteString(w, b.String())
	return err
}

func usd(d decimal.Decimal) string { return d.StringFixed(2) }

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
