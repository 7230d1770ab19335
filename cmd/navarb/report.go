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
	"time"

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
	rec, err := ledgerdb.ReadRecovery(ctx, db)
	if err != nil {
		return usageError{fmt.Errorf("%s: %w", *path, err)}
	}
	rep := ledgerReport{PnL: p, Unfinished: unfinishedOf(rec)}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return writeLedgerReport(stdout, &rep)
}

// ledgerReport is the report's JSON: the PnL and what a restart must
// reconcile with the venues.
type ledgerReport struct {
	*ledgerdb.PnL
	Unfinished unfinished `json:"unfinished"`
}

type unfinished struct {
	Intents []openIntent `json:"intents"`
	Txs     []pendingTx  `json:"pending_txs"`
	Orders  []openOrder  `json:"open_orders"`
}

type openIntent struct {
	Plan    uint64 `json:"plan"`
	Kind    string `json:"kind"`
	Token   string `json:"token"`
	Created string `json:"created"`
	Fills   int    `json:"fills"`
}

type pendingTx struct {
	Plan  uint64 `json:"plan"`
	Chain string `json:"chain"`
	Hash  string `json:"hash"`
	Nonce uint64 `json:"nonce"`
}

type openOrder struct {
	Venue    string `json:"venue"`
	Symbol   string `json:"symbol"`
	ClientID string `json:"client_id"`
	Side     string `json:"side"`
	Status   string `json:"status"`
	Filled   string `json:"filled"`
	Qty      string `json:"qty"`
}

func unfinishedOf(r *ledgerdb.Recovery) unfinished {
	u := unfinished{Intents: []openIntent{}, Txs: []pendingTx{}, Orders: []openOrder{}}
	for _, in := range r.Intents {
		u.Intents = append(u.Intents, openIntent{Plan: in.Plan.ID, Kind: in.Plan.Kind.String(), Token: in.Plan.Token,
			Created: in.Plan.Created.UTC().Format(time.RFC3339Nano), Fills: len(in.Fills)})
	}
	for _, t := range r.Txs {
		u.Txs = append(u.Txs, pendingTx{Plan: t.PlanID, Chain: t.Chain, Hash: t.TxHash, Nonce: t.Nonce})
	}
	for _, o := range r.Orders {
		u.Orders = append(u.Orders, openOrder{Venue: o.Venue, Symbol: o.Symbol, ClientID: o.ClientID, Side: o.Side.String(),
			Status: o.Status.String(), Filled: o.Filled.String(), Qty: o.Qty.String()})
	}
	return u
}

// writeLedgerReport prints the PnL as tables (USD rounded to the cent,
// assets exact), then what is unfinished.
func writeLedgerReport(w io.Writer, rep *ledgerReport) error {
	p := rep.PnL
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
	fmt.Fprintf(tw, "asset\tstart\tchange\tend\tobserved\tmark_usd\t\n")
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
		observed := "-"
		if v, ok := p.Observed[a]; ok {
			observed = v.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", a, p.Start[a], p.Change[a], p.End[a], observed, mark)
	}
	tw.Flush()
	u := rep.Unfinished
	fmt.Fprintf(&b, "\nunfinished (reconcile with the venues before trading): %d intents, %d pending transactions, %d open orders\n",
		len(u.Intents), len(u.Txs), len(u.Orders))
	for _, in := range u.Intents {
		fmt.Fprintf(&b, "  intent  plan %d %s %s created %s, %d fills\n", in.Plan, in.Kind, in.Token, in.Created, in.Fills)
	}
	for _, t := range u.Txs {
		fmt.Fprintf(&b, "  tx      plan %d %s %s nonce %d\n", t.Plan, t.Chain, t.Hash, t.Nonce)
	}
	for _, o := range u.Orders {
		fmt.Fprintf(&b, "  order   %s %s %s %s %s filled %s of %s\n", o.Venue, o.Symbol, o.ClientID, o.Side, o.Status, o.Filled, o.Qty)
	}
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
