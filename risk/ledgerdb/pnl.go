package ledgerdb

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// stableAssets are valued at 1 USD in PnL reports.
var stableAssets = [...]string{"USD", "USDC", "USDT", "DAI", "FDUSD", "BUSD"}

// IsStable reports whether PnL reports value asset at 1 USD.
func IsStable(asset string) bool { return slices.Contains(stableAssets[:], asset) }

// Unplanned is the loop kind of fills and transactions with no intent.
const Unplanned = "unplanned"

// PnL is a ledger's profit and loss, from the file alone.
type PnL struct {
	SchemaVersion int `json:"schema_version"`
	Intents       int `json:"intents"`
	Fills         int `json:"fills"`
	Txs           int `json:"txs"`
	// Start, Change and End are exact, per asset: End = Start + Change,
	// where Change sums every fill's deltas and every transaction's gas.
	Start  map[string]decimal.Decimal `json:"start"`
	Change map[string]decimal.Decimal `json:"change"`
	End    map[string]decimal.Decimal `json:"end"`
	// Observed sums, per asset, the latest balance each venue reported
	// (RecordSnapshot); empty if none was recorded.
	Observed map[string]decimal.Decimal `json:"observed,omitempty"`
	// Marks value non-stable assets in NetUSD: a token's latest intent NAV,
	// else the asset's latest fill price against a stable asset.
	Marks map[string]decimal.Decimal `json:"marks_usd"`
	// Unpriced assets moved but have no mark; NetUSD leaves them out.
	Unpriced []string `json:"unpriced,omitempty"`
	Total    Row      `json:"total"`
	ByDay    []Row    `json:"by_day"`
	ByToken  []Row    `json:"by_token"`
	ByKind   []Row    `json:"by_kind"`
	// Rows break the PnL down by day, token and kind together.
	Rows []Row `json:"rows"`
}

// Row is the PnL of one group. NetUSD is net of fees (inside the fill
// deltas) and gas: the fills' deltas valued at the marks, less GasUSD.
type Row struct {
	Day     string                     `json:"day,omitempty"`
	Token   string                     `json:"token,omitempty"`
	Kind    string                     `json:"kind,omitempty"`
	Loops   int                        `json:"loops"`
	Fills   int                        `json:"fills"`
	Txs     int                        `json:"txs"`
	Deltas  map[string]decimal.Decimal `json:"deltas"`
	FeesUSD decimal.Decimal            `json:"fees_usd"`
	GasUSD  decimal.Decimal            `json:"gas_usd"`
	NetUSD  decimal.Decimal            `json:"net_usd"`

	plans     map[uint64]struct{}
	fillDelta map[string]decimal.Decimal
}

func (r *Row) add(plan uint64, fill bool, deltas map[string]decimal.Decimal, feeUSD, gasUSD decimal.Decimal) {
	if r.Deltas == nil {
		r.Deltas, r.fillDelta, r.plans = map[string]decimal.Decimal{}, map[string]decimal.Decimal{}, map[uint64]struct{}{}
	}
	if plan != 0 {
		r.plans[plan] = struct{}{}
	}
	if fill {
		r.Fills++
	} else {
		r.Txs++
	}
	for a, v := range deltas {
		r.Deltas[a] = r.Deltas[a].Add(v)
		if fill {
			r.fillDelta[a] = r.fillDelta[a].Add(v)
		}
	}
	r.FeesUSD = r.FeesUSD.Add(feeUSD)
	r.GasUSD = r.GasUSD.Add(gasUSD)
}

func (r *Row) close(marks map[string]decimal.Decimal) {
	r.Loops = len(r.plans)
	net := r.GasUSD.Neg()
	for a, v := range r.fillDelta {
		if m, ok := marks[a]; ok {
			net = net.Add(v.Mul(m))
		}
	}
	r.NetUSD = net
	for a, v := range r.Deltas {
		if v.IsZero() {
			delete(r.Deltas, a)
		}
	}
}

// Summarize computes the PnL of the ledger open in db (see ReadOnly).
func Summarize(ctx context.Context, db *sql.DB) (*PnL, error) {
	v, err := schemaVersion(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: summarize: %w", err)
	}
	if err := checkVersion(v); err != nil {
		return nil, fmt.Errorf("ledgerdb: summarize: %w", err)
	}
	start, _, err := readStart(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: summarize: %w", err)
	}
	intents, err := readIntents(ctx, db, "")
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: summarize: %w", err)
	}
	fills, err := readFills(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: summarize: %w", err)
	}
	txs, err := readTxs(ctx, db, false)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: summarize: %w", err)
	}
	p := &PnL{SchemaVersion: v, Intents: len(intents), Fills: len(fills), Txs: len(txs),
		Start: start, Change: map[string]decimal.Decimal{}, End: map[string]decimal.Decimal{}}
	type tk struct{ token, kind string }
	plans := map[uint64]tk{}
	for _, in := range intents {
		plans[in.Plan.ID] = tk{in.Plan.Token, in.Plan.Kind.String()}
	}
	p.Marks = marks(intents, fills)
	groups := map[[3]string]*Row{}
	book := func(day string, plan uint64, token string, fill bool, deltas map[string]decimal.Decimal, feeUSD, gasUSD decimal.Decimal) {
		k, ok := plans[plan]
		if !ok {
			k = tk{token, Unplanned}
		}
		key := [3]string{day, k.token, k.kind}
		g := groups[key]
		if g == nil {
			g = &Row{Day: day, Token: k.token, Kind: k.kind}
			groups[key] = g
		}
		g.add(plan, fill, deltas, feeUSD, gasUSD)
		for a, v := range deltas {
			p.Change[a] = p.Change[a].Add(v)
		}
	}
	for _, f := range fills {
		deltas := map[string]decimal.Decimal{f.Base: f.BaseDelta}
		deltas[f.Quote] = deltas[f.Quote].Add(f.QuoteDelta)
		book(day(fmtTime(f.Time)), f.PlanID, f.Base, true, deltas, f.FeeUSD, decimal.Zero)
	}
	for _, t := range txs {
		var deltas map[string]decimal.Decimal
		if !t.GasNative.IsZero() {
			deltas = map[string]decimal.Decimal{t.NativeAsset: t.GasNative.Neg()}
		}
		book(day(fmtTime(t.Time)), t.PlanID, "", false, deltas, decimal.Zero, t.GasUSD)
	}
	for a, v := range start {
		p.End[a] = v
	}
	for a, v := range p.Change {
		p.End[a] = p.End[a].Add(v)
	}
	if p.Observed, err = readObserved(ctx, db); err != nil {
		return nil, fmt.Errorf("ledgerdb: summarize: %w", err)
	}
	for a := range p.Marks {
		if _, held := p.End[a]; !held {
			delete(p.Marks, a)
		}
	}
	p.roll(groups)
	return p, nil
}

func day(ts string) string {
	if len(ts) < 10 {
		return "unknown"
	}
	return ts[:10]
}

// roll closes the groups and rolls them up by day, token and kind.
func (p *PnL) roll(groups map[[3]string]*Row) {
	keys := make([][3]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [3]string) int {
		return strings.Compare(a[0]+"\x00"+a[1]+"\x00"+a[2], b[0]+"\x00"+b[1]+"\x00"+b[2])
	})
	byDay, byToken, byKind := map[string]*Row{}, map[string]*Row{}, map[string]*Row{}
	var total Row
	roll := func(m map[string]*Row, key string, mk func() *Row, g *Row) {
		r := m[key]
		if r == nil {
			r = mk()
			m[key] = r
		}
		r.merge(g)
	}
	for _, k := range keys {
		g := groups[k]
		roll(byDay, k[0], func() *Row { return &Row{Day: k[0]} }, g)
		roll(byToken, k[1], func() *Row { return &Row{Token: k[1]} }, g)
		roll(byKind, k[2], func() *Row { return &Row{Kind: k[2]} }, g)
		total.merge(g)
	}
	flat := func(m map[string]*Row) []Row {
		out := make([]Row, 0, len(m))
		for _, k := range sortedKeys(m) {
			m[k].close(p.Marks)
			out = append(out, *m[k])
		}
		return out
	}
	for _, k := range keys {
		groups[k].close(p.Marks)
		p.Rows = append(p.Rows, *groups[k])
	}
	p.ByDay, p.ByToken, p.ByKind = flat(byDay), flat(byToken), flat(byKind)
	for a, v := range total.fillDelta {
		if _, ok := p.Marks[a]; !ok && !v.IsZero() {
			p.Unpriced = append(p.Unpriced, a) // gas is valued by gas_usd
		}
	}
	slices.Sort(p.Unpriced)
	total.close(p.Marks)
	if total.Deltas == nil {
		total.Deltas = map[string]decimal.Decimal{}
	}
	p.Total = total
}

func (r *Row) merge(g *Row) {
	if r.Deltas == nil {
		r.Deltas, r.fillDelta, r.plans = map[string]decimal.Decimal{}, map[string]decimal.Decimal{}, map[uint64]struct{}{}
	}
	for id := range g.plans {
		r.plans[id] = struct{}{}
	}
	r.Fills += g.Fills
	r.Txs += g.Txs
	for a, v := range g.Deltas {
		r.Deltas[a] = r.Deltas[a].Add(v)
	}
	for a, v := range g.fillDelta {
		r.fillDelta[a] = r.fillDelta[a].Add(v)
	}
	r.FeesUSD = r.FeesUSD.Add(g.FeesUSD)
	r.GasUSD = r.GasUSD.Add(g.GasUSD)
}

// marks: stables at 1; a token at its latest intent's NAV; any other asset
// at its latest fill price against a stable asset.
func marks(intents []Intent, fills []fillRow) map[string]decimal.Decimal {
	m := map[string]decimal.Decimal{}
	for _, a := range stableAssets {
		m[a] = decimal.NewFromInt(1)
	}
	for _, f := range fills {
		if IsStable(f.Base) || !IsStable(f.Quote) || f.BaseDelta.IsZero() {
			continue
		}
		m[f.Base] = f.QuoteDelta.Abs().DivRound(f.BaseDelta.Abs(), 18)
	}
	for _, in := range intents {
		if in.Plan.NAV > 0 {
			m[in.Plan.Token] = decimal.NewFromFloat(in.Plan.NAV)
		}
	}
	return m
}

// readObserved sums the latest observed balance of each (venue, asset).
func readObserved(ctx context.Context, db *sql.DB) (map[string]decimal.Decimal, error) {
	rows, err := db.QueryContext(ctx, `SELECT s.asset, s.amount FROM balance_snapshots s
		WHERE s.kind = 'observed' AND s.id = (SELECT max(id) FROM balance_snapshots
			WHERE kind = 'observed' AND venue = s.venue AND asset = s.asset)`)
	if err != nil {
		return nil, fmt.Errorf("read observed balances: %w", err)
	}
	defer rows.Close()
	out := map[string]decimal.Decimal{}
	for rows.Next() {
		var asset, amount string
		if err := rows.Scan(&asset, &amount); err != nil {
			return nil, fmt.Errorf("read observed balances: %w", err)
		}
		v, err := parseDec("balance_snapshots.amount", amount)
		if err != nil {
			return nil, err
		}
		out[asset] = out[asset].Add(v)
	}
	return out, rows.Err()
}
