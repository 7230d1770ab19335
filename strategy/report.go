package strategy

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Report is the end-of-run summary shared by run, backtest and sweep. Its
// JSON form is stable: money is a JSON number in USD rounded to 6 decimals
// (the ledger itself is exact), maps are printed with sorted keys.
type Report struct {
	Mode     string    `json:"mode"`
	Seed     int64     `json:"seed"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Complete bool      `json:"complete"`
	Events   uint64    `json:"events"`

	NetPnLUSD      json.Number `json:"net_pnl_usd"`
	GrossPnLUSD    json.Number `json:"gross_pnl_usd"`
	FeesUSD        json.Number `json:"fees_usd"`
	GasUSD         json.Number `json:"gas_usd"`
	VolumeUSD      json.Number `json:"volume_usd"`
	MaxDrawdownUSD json.Number `json:"max_drawdown_usd"`
	Sharpe         json.Number `json:"sharpe"`
	// CaptureRatio is NetPnLUSD over ReferenceNetPnLUSD; null when the
	// reference arbitrageur made no profit.
	CaptureRatio       *json.Number `json:"capture_ratio"`
	ReferenceNetPnLUSD json.Number  `json:"reference_net_pnl_usd"`
	// ReferenceLoops counts the reference's settled and reverted loops.
	ReferenceLoops         int `json:"reference_loops"`
	ReferenceLoopsReverted int `json:"reference_loops_reverted"`

	Loops         map[string]int    `json:"loops"`
	LoopsReverted map[string]int    `json:"loops_reverted"`
	RiskDenials   map[string]uint64 `json:"risk_denials"`
	Opportunities uint64            `json:"opportunities"`
	BusySkips     uint64            `json:"busy_skips"`
	SubmitErrors  uint64            `json:"submit_errors"`
	// Unfunded counts approved plans shrunk or skipped because the account
	// could not pay for them.
	Unfunded uint64 `json:"unfunded"`
	// Balances are the final exact balances by asset.
	Balances map[string]string `json:"balances,omitempty"`
	// ExpectedNetUSD and RealisedNetUSD total the loops' expected (at
	// decision) and realised (from their receipts) net profit, and
	// LoopResults lists them one by one. Live and paper runs set them with
	// SetLoopResults; other reports leave them out.
	ExpectedNetUSD *json.Number `json:"expected_net_usd,omitempty"`
	RealisedNetUSD *json.Number `json:"realised_net_usd,omitempty"`
	LoopResults    []LoopReport `json:"loop_results,omitempty"`
	// Replay describes the event stream of a backtest (absent for run).
	Replay *ReplayStats `json:"replay,omitempty"`
	// MMReport holds the market-making figures as top-level mm_* keys
	// (absent when market making is off).
	*MMReport
}

// ReplayStats describe the recorded event stream a backtest replayed.
type ReplayStats struct {
	// Lines is the number of lines read; Events the events replayed.
	Lines  uint64 `json:"lines"`
	Events uint64 `json:"events"`
	// SkippedTypes counts lines of event types this build does not know,
	// by type; they were skipped.
	SkippedTypes map[string]uint64 `json:"skipped_types"`
	// Latency is the decision-to-execution latency by venue ("*" for the
	// default).
	Latency map[string]string `json:"latency"`
	// Unsettled counts our loops still waiting for execution when the
	// stream ended (not executed, not in the PnL).
	Unsettled int `json:"unsettled"`
}

func money(d decimal.Decimal) json.Number { return json.Number(d.StringFixed(6)) }

func ratio(x float64) json.Number { return json.Number(strconv.FormatFloat(x, 'f', 4, 64)) }

// NewReport summarises results and counters. denials maps reason names to
// counts (zero counts may be included; they are kept so the set of reasons
// is stable).
func NewReport(res Results, c Counters, denials map[string]uint64) Report {
	r := Report{
		Events:         c.Events,
		NetPnLUSD:      money(res.NetPnLUSD),
		GrossPnLUSD:    money(res.GrossPnLUSD),
		FeesUSD:        money(res.FeesUSD),
		GasUSD:         money(res.GasUSD),
		VolumeUSD:      money(res.VolumeUSD),
		MaxDrawdownUSD: money(res.MaxDrawdownUSD),
		Sharpe:         ratio(res.Sharpe),
		Loops:          map[string]int{},
		LoopsReverted:  map[string]int{},
		RiskDenials:    denials,
		Opportunities:  c.Opportunities,
		BusySkips:      c.Busy,
		SubmitErrors:   c.SubmitErrors,
		Unfunded:       c.Unfunded,
	}
	if r.RiskDenials == nil {
		r.RiskDenials = map[string]uint64{}
	}
	for _, k := range []venues.PlanKind{venues.MintSell, venues.BuyRedeem} {
		r.Loops[k.String()] = res.Loops[k]
		r.LoopsReverted[k.String()] = res.Reverted[k]
	}
	r.ReferenceNetPnLUSD = money(decimal.Zero)
	return r
}

// maxTextLoops bounds the loops listed one by one in the text report.
const maxTextLoops = 20

// LoopReport is one loop's line in a live or paper report.
type LoopReport struct {
	Plan           uint64      `json:"plan"`
	Token          string      `json:"token"`
	Kind           string      `json:"kind"`
	Status         string      `json:"status"`
	TxHash         string      `json:"tx_hash,omitempty"`
	ExpectedNetUSD json.Number `json:"expected_net_usd"`
	RealisedNetUSD json.Number `json:"realised_net_usd"`
	// DifferenceUSD is realised minus expected.
	DifferenceUSD json.Number `json:"difference_usd"`
}

// SetLoopResults adds every settled loop's expected and realised net
// profit, and their totals, to the report.
func (r *Report) SetLoopResults(res Results) {
	expTotal, realTotal := decimal.Zero, decimal.Zero
	r.LoopResults = make([]LoopReport, 0, len(res.LoopResults))
	for _, l := range res.LoopResults {
		exp := decimal.NewFromFloat(round6(l.ExpectedNetUSD))
		expTotal, realTotal = expTotal.Add(exp), realTotal.Add(l.RealisedNetUSD)
		r.LoopResults = append(r.LoopResults, LoopReport{
			Plan: l.PlanID, Token: l.Token, Kind: l.Kind.String(), Status: l.Status.String(), TxHash: l.TxHash,
			ExpectedNetUSD: money(exp), RealisedNetUSD: money(l.RealisedNetUSD),
			DifferenceUSD: money(l.RealisedNetUSD.Sub(exp)),
		})
	}
	e, re := money(expTotal), money(realTotal)
	r.ExpectedNetUSD, r.RealisedNetUSD = &e, &re
}

func round6(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return math.Round(x*1e6) / 1e6
}

// SetReference records the reference arbitrageur's results and the capture
// ratio.
func (r *Report) SetReference(ourNet decimal.Decimal, ref Results) {
	refNet := ref.NetPnLUSD
	r.ReferenceNetPnLUSD = money(refNet)
	r.ReferenceLoops, r.ReferenceLoopsReverted = 0, 0
	for k := range ref.Loops {
		r.ReferenceLoops += ref.Loops[k]
		r.ReferenceLoopsReverted += ref.Reverted[k]
	}
	r.CaptureRatio = nil
	if refNet.IsPositive() {
		n := ratio(ourNet.Div(refNet).InexactFloat64())
		r.CaptureRatio = &n
	}
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteText writes the report for a terminal.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(k, v string) { fmt.Fprintf(tw, "  %s\t%s\n", k, v) }
	status := "complete"
	if !r.Complete {
		status = "INTERRUPTED (partial)"
	}
	fmt.Fprintf(tw, "navarb report: %s, %s to %s, %s\n", r.Mode,
		r.Start.Format(time.RFC3339), r.End.Format(time.RFC3339), status)
	p("net PnL (USD)", string(r.NetPnLUSD))
	p("gross PnL (USD)", string(r.GrossPnLUSD))
	p("fees (USD)", string(r.FeesUSD))
	p("gas (USD)", string(r.GasUSD))
	p("volume (USD)", string(r.VolumeUSD))
	p("max drawdown (USD)", string(r.MaxDrawdownUSD))
	p("sharpe (hourly, annualised)", string(r.Sharpe))
	// Live and paper runs have no reference arbitrageur to compare with.
	if r.Mode != "live" && r.Mode != "paper" {
		capture := "n/a (reference made no profit)"
		if r.CaptureRatio != nil {
			capture = string(*r.CaptureRatio)
		}
		p("capture ratio", fmt.Sprintf("%s  (reference: net %s, %d loops, %d reverted)",
			capture, r.ReferenceNetPnLUSD, r.ReferenceLoops, r.ReferenceLoopsReverted))
	}
	p("loops", joinCounts(r.Loops))
	p("loops reverted", joinCounts(r.LoopsReverted))
	p("risk denials", joinCounts(r.RiskDenials))
	p("opportunities / busy / unfunded", fmt.Sprintf("%d / %d / %d", r.Opportunities, r.BusySkips, r.Unfunded))
	p("events", strconv.FormatUint(r.Events, 10))
	if r.MMReport != nil {
		r.MMReport.write(p)
	}
	if r.ExpectedNetUSD != nil && r.RealisedNetUSD != nil {
		p("loops net expected / realised (USD)", fmt.Sprintf("%s / %s", *r.ExpectedNetUSD, *r.RealisedNetUSD))
		shown := r.LoopResults
		if len(shown) > maxTextLoops {
			p("  earlier loops", fmt.Sprintf("%d (all are in the JSON report)", len(shown)-maxTextLoops))
			shown = shown[len(shown)-maxTextLoops:]
		}
		for _, l := range shown {
			p(fmt.Sprintf("  loop %d", l.Plan), fmt.Sprintf("%s %s %s: expected %s, realised %s (diff %s) %s",
				l.Kind, l.Token, l.Status, l.ExpectedNetUSD, l.RealisedNetUSD, l.DifferenceUSD, l.TxHash))
		}
	}
	if rp := r.Replay; rp != nil {
		p("lines / skipped types", fmt.Sprintf("%d / %s", rp.Lines, joinCounts(rp.SkippedTypes)))
		p("latency", joinStrings(rp.Latency))
		if rp.Unsettled > 0 {
			p("unsettled at end", strconv.Itoa(rp.Unsettled))
		}
	}
	return tw.Flush()
}

func joinCounts[V int | uint64](m map[string]V) string {
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if v != 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return "none"
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, m[k])
	}
	return strings.Join(parts, " ")
}

func joinStrings(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return "none"
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + m[k]
	}
	return strings.Join(parts, " ")
}
