package backtest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/backtest"
)

func TestGridIsTheProduct(t *testing.T) {
	dims := []backtest.Dimension{
		{Key: "a", Values: []string{"1", "2"}},
		{Key: "b", Range: &backtest.Range{Kind: backtest.RangeDecimal, From: dec("0.5"), To: dec("1.5"), Step: dec("0.5")}},
		{Key: "c", Range: &backtest.Range{Kind: backtest.RangeDuration, From: decimal.NewFromInt(0), To: decimal.NewFromInt(int64(time.Second)),
			Step: decimal.NewFromInt(int64(500 * time.Millisecond))}},
	}
	points, err := backtest.Grid(dims)
	if err != nil {
		t.Fatal(err)
	}
	if len(points) != 2*3*3 {
		t.Fatalf("%d points, want 18", len(points))
	}
	want := []string{"a=1 b=0.5 c=0s", "a=1 b=0.5 c=500ms", "a=1 b=0.5 c=1s", "a=1 b=1 c=0s"}
	for i, w := range want {
		if got := points[i].String(); got != w || points[i].Index != i {
			t.Errorf("point %d = %q (index %d), want %q", i, got, points[i].Index, w)
		}
	}
	if got := points[17].String(); got != "a=2 b=1.5 c=1s" {
		t.Errorf("last point %q", got)
	}
	bad := []backtest.Dimension{{Key: "x", Range: &backtest.Range{Kind: backtest.RangeDecimal, From: dec("1"), To: dec("2")}}}
	if _, err := backtest.Grid(bad); err == nil || !strings.Contains(err.Error(), "step") {
		t.Errorf("a grid range without a step: %v", err)
	}
}

func TestRandomIsSeededAndInRange(t *testing.T) {
	dims := []backtest.Dimension{
		{Key: "a", Values: []string{"x", "y", "z"}},
		{Key: "b", Range: &backtest.Range{Kind: backtest.RangeDecimal, From: dec("0.5"), To: dec("5")}},
		{Key: "c", Range: &backtest.Range{Kind: backtest.RangeInt, From: dec("100"), To: dec("200"), Step: dec("25")}},
		{Key: "d", Range: &backtest.Range{Kind: backtest.RangeDuration, From: decimal.NewFromInt(0), To: decimal.NewFromInt(int64(3 * time.Second))}},
	}
	a, err := backtest.Random(dims, 200, 7)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := backtest.Random(dims, 200, 7)
	c, _ := backtest.Random(dims, 200, 8)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("same seed, different points")
	}
	if fmt.Sprint(a) == fmt.Sprint(c) {
		t.Error("different seeds, same points")
	}
	seen := map[string]bool{}
	for _, p := range a {
		seen[p.Settings[0].Value] = true
		v := dec(p.Settings[1].Value)
		if v.LessThan(dec("0.5")) || v.GreaterThan(dec("5")) || v.Exponent() < -6 {
			t.Errorf("b = %s out of range or too precise", v)
		}
		switch p.Settings[2].Value {
		case "100", "125", "150", "175", "200":
		default:
			t.Errorf("c = %s, not on the step grid", p.Settings[2].Value)
		}
		d, err := time.ParseDuration(p.Settings[3].Value)
		if err != nil || d < 0 || d > 3*time.Second || d%time.Millisecond != 0 {
			t.Errorf("d = %s", p.Settings[3].Value)
		}
	}
	if len(seen) != 3 {
		t.Errorf("values drawn %v, want all three", seen)
	}
}

// A sweep's points replay exactly as single backtests; the ranking is
// deterministic and the CSV too.
func TestSweepMatchesSingleRuns(t *testing.T) {
	s := decode(t, world(200, 30.6, map[int][]string{
		50:  {swapLine(50, "-3000", "93000")},
		120: {swapLine(120, "6000", "-170000")},
	})...)
	dims := []backtest.Dimension{
		{Key: "min_net", Values: []string{"0.5", "2", "8"}},
		{Key: "latency", Values: []string{"0s", "2s"}},
	}
	points, err := backtest.Grid(dims)
	if err != nil {
		t.Fatal(err)
	}
	optsOf := func(i int) (backtest.Options, error) {
		o := options()
		p := points[i]
		o.Tokens[0].Arb.MinNetUSD = dec(p.Settings[0].Value).InexactFloat64()
		d, _ := time.ParseDuration(p.Settings[1].Value)
		o.Latency = d
		return o, nil
	}
	csv := func(workers int) ([]backtest.PointResult, []byte) {
		var calls atomic.Int64
		res, err := backtest.Sweep(context.Background(), s, points, backtest.SweepOptions{
			Workers: workers, Options: optsOf, Objective: backtest.ObjNetPnL,
			Progress: func(done, total int) {
				if total != len(points) || done < 1 || done > total {
					t.Errorf("progress %d/%d", done, total)
				}
				calls.Add(1)
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		if workers == 1 && int(calls.Load()) != len(points) {
			t.Errorf("progress called %d times", calls.Load())
		}
		var b bytes.Buffer
		if err := backtest.WriteSweepCSV(&b, backtest.Rank(res), backtest.ObjNetPnL); err != nil {
			t.Fatal(err)
		}
		return res, b.Bytes()
	}
	res, one := csv(1)
	_, two := csv(3)
	if !bytes.Equal(one, two) {
		t.Errorf("CSV depends on the worker count:\n%s\n%s", one, two)
	}
	for i, r := range res {
		o, _ := optsOf(i)
		single, err := backtest.Run(context.Background(), s, o)
		if err != nil || r.Err != nil {
			t.Fatal(err, r.Err)
		}
		if !r.Results.NetPnLUSD.Equal(single.Results.NetPnLUSD) || r.Objective != single.Results.NetPnLUSD.InexactFloat64() {
			t.Errorf("point %d: sweep net %s, single run %s", i, r.Results.NetPnLUSD, single.Results.NetPnLUSD)
		}
	}
	lines := strings.Split(strings.TrimSpace(string(one)), "\n")
	if len(lines) != len(points)+1 || !strings.HasPrefix(lines[0], "rank,point,objective_net_pnl,min_net,latency,net_pnl_usd") {
		t.Fatalf("csv:\n%s", one)
	}
	var prev float64
	for i, l := range lines[1:] {
		var obj float64
		fmt.Sscanf(strings.Split(l, ",")[2], "%g", &obj)
		if i > 0 && obj > prev {
			t.Errorf("row %d objective %v above the previous %v", i+1, obj, prev)
		}
		prev = obj
	}
}

// Failed points rank last; ties rank by point index.
func TestRank(t *testing.T) {
	res := []backtest.PointResult{
		{Point: backtest.Point{Index: 0}, Objective: 1},
		{Point: backtest.Point{Index: 1}, Objective: 5, Err: errors.New("boom")},
		{Point: backtest.Point{Index: 2}, Objective: 3},
		{Point: backtest.Point{Index: 3}, Objective: 3},
	}
	var got []int
	for _, r := range backtest.Rank(res) {
		got = append(got, r.Point.Index)
	}
	if fmt.Sprint(got) != "[2 3 0 1]" {
		t.Errorf("rank order %v, want [2 3 0 1]", got)
	}
}

func TestObjectives(t *testing.T) {
	r := strategy.Results{NetPnLUSD: dec("100"), MaxDrawdownUSD: dec("20"), Sharpe: 3.5}
	cases := []struct {
		name string
		want float64
	}{{"net_pnl", 100}, {"sharpe", 3.5}, {"pnl_over_drawdown", 5}}
	for _, tc := range cases {
		o, err := backtest.ParseObjective(tc.name)
		if err != nil {
			t.Fatal(err)
		}
		if got := o.Value(&r); got != tc.want {
			t.Errorf("%s = %v, want %v", tc.name, got, tc.want)
		}
	}
	r.MaxDrawdownUSD = decimal.Zero
	if got := backtest.PnLOverDrawdown(&r); got != 100 {
		t.Errorf("no drawdown: %v, want the PnL over the $1 floor", got)
	}
	if _, err := backtest.ParseObjective("profit"); err == nil {
		t.Error("unknown objective accepted")
	}
}
