package strategy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues"
)

func loopResults(n int) strategy.Results {
	var res strategy.Results
	for i := 1; i <= n; i++ {
		res.LoopResults = append(res.LoopResults, strategy.LoopResult{
			PlanID: uint64(i), Token: "ETH2X", Kind: venues.MintSell, Status: venues.TxSuccess, TxHash: fmt.Sprintf("0x%02x", i),
			ExpectedNetUSD: 10.1234567, RealisedNetUSD: decimal.RequireFromString("10.000001"),
		})
	}
	return res
}

func TestReportLoopResults(t *testing.T) {
	res := loopResults(2)
	plain := strategy.NewReport(res, strategy.Counters{}, nil)
	var a bytes.Buffer
	if err := plain.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"loop_results", "expected_net_usd", "realised_net_usd"} {
		if strings.Contains(a.String(), key) {
			t.Errorf("a report without SetLoopResults has %q:\n%s", key, a.String())
		}
	}

	rep := strategy.NewReport(res, strategy.Counters{}, nil)
	rep.SetLoopResults(res)
	var j bytes.Buffer
	if err := rep.WriteJSON(&j); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Expected json.Number `json:"expected_net_usd"`
		Realised json.Number `json:"realised_net_usd"`
		Loops    []struct {
			Plan       uint64      `json:"plan"`
			Expected   json.Number `json:"expected_net_usd"`
			Realised   json.Number `json:"realised_net_usd"`
			Difference json.Number `json:"difference_usd"`
		} `json:"loop_results"`
	}
	if err := json.Unmarshal(j.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Expected != "20.246914" || got.Realised != "20.000002" || len(got.Loops) != 2 {
		t.Fatalf("totals %s / %s, %d loops; want 20.246914 / 20.000002, 2", got.Expected, got.Realised, len(got.Loops))
	}
	if l := got.Loops[1]; l.Plan != 2 || l.Expected != "10.123457" || l.Realised != "10.000001" || l.Difference != "-0.123456" {
		t.Errorf("loop line %+v", l)
	}
	var txt bytes.Buffer
	if err := rep.WriteText(&txt); err != nil {
		t.Fatal(err)
	}
	if want := "expected 10.123457, realised 10.000001 (diff -0.123456) 0x02"; !strings.Contains(txt.String(), want) {
		t.Errorf("text report lacks %q:\n%s", want, txt.String())
	}
}

func TestReportTextListsRecentLoops(t *testing.T) {
	res := loopResults(25)
	rep := strategy.NewReport(res, strategy.Counters{}, nil)
	rep.SetLoopResults(res)
	var txt bytes.Buffer
	if err := rep.WriteText(&txt); err != nil {
		t.Fatal(err)
	}
	s := txt.String()
	if !strings.Contains(s, "earlier loops") || !strings.Contains(s, "5 (all are in the JSON report)") {
		t.Errorf("no summary of the earlier loops:\n%s", s)
	}
	if strings.Contains(s, "loop 5 ") || !strings.Contains(s, "loop 6 ") || !strings.Contains(s, "loop 25 ") {
		t.Errorf("want loops 6..25 listed:\n%s", s)
	}
}
