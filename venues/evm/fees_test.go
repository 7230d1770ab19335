package evm_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
)

func bi(n int64) *big.Int { return big.NewInt(n) }

func history(next int64, rewards ...int64) *ethereum.FeeHistory {
	h := &ethereum.FeeHistory{}
	for _, r := range rewards {
		h.BaseFee = append(h.BaseFee, bi(next))
		h.Reward = append(h.Reward, []*big.Int{bi(r)})
	}
	h.BaseFee = append(h.BaseFee, bi(next))
	return h
}

func TestSuggestFees(t *testing.T) {
	policy := evm.FeePolicy{MaxFeePerGas: bi(1000), MaxTipPerGas: bi(50), MinTipPerGas: bi(2)}
	for _, tc := range []struct {
		name         string
		h            *ethereum.FeeHistory
		p            evm.FeePolicy
		tip, cap     int64
		wantErrIsCap bool
	}{
		{"median tip, 2x base", history(100, 5, 9, 7), policy, 7, 207, false},
		{"even count takes upper middle", history(100, 5, 9, 7, 11), policy, 9, 209, false},
		{"empty blocks ignored", history(100, 0, 0, 8), policy, 8, 208, false},
		{"no rewards: min tip", history(100, 0, 0), policy, 2, 202, false},
		{"tip capped", history(100, 80, 90, 99), policy, 50, 250, false},
		{"fee cap binds but includable", history(600, 10), policy, 10, 1000, false},
		{"base fee above cap", history(995, 10), policy, 0, 0, true},
		{"multiplier 1", history(100, 10), evm.FeePolicy{MaxFeePerGas: bi(1000), MaxTipPerGas: bi(50), BaseFeeMultiplier: 1}, 10, 110, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := evm.SuggestFees(tc.h, tc.p)
			if tc.wantErrIsCap {
				if !errors.Is(err, evm.ErrFeeCap) || !errors.Is(err, venues.ErrRiskDenied) {
					t.Fatalf("err %v, want ErrFeeCap wrapping ErrRiskDenied", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Tip.Int64() != tc.tip || got.FeeCap.Int64() != tc.cap {
				t.Fatalf("got %s, want tip=%d cap=%d", got, tc.tip, tc.cap)
			}
		})
	}
	if _, err := evm.SuggestFees(history(1, 1), evm.FeePolicy{}); err == nil {
		t.Fatal("SuggestFees without caps: no error")
	}
}

func TestBumpRules(t *testing.T) {
	old := evm.Fees{Tip: bi(1000), FeeCap: bi(2001)}
	// 10% up, rounded up: 1100 and 2201.1 -> 2202.
	if got := evm.MinBump(old); got.Tip.Int64() != 1100 || got.FeeCap.Int64() != 2202 {
		t.Fatalf("MinBump = %s, want tip=1100 cap=2202", got)
	}
	for _, tc := range []struct {
		name     string
		tip, cap int64
		ok       bool
	}{
		{"both exactly 10%", 1100, 2202, true},
		{"both more", 2000, 5000, true},
		{"tip short by 1 wei", 1099, 5000, false},
		{"cap short by 1 wei", 5000, 2201, false},
		{"5% bump", 1050, 2101, false},
		{"same fees", 1000, 2001, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := evm.CheckBump(old, evm.Fees{Tip: bi(tc.tip), FeeCap: bi(tc.cap)})
			if tc.ok != (err == nil) {
				t.Fatalf("CheckBump: err %v, want ok=%v", err, tc.ok)
			}
			if err != nil && !errors.Is(err, evm.ErrUnderpricedReplacement) {
				t.Fatalf("err %v does not wrap ErrUnderpricedReplacement", err)
			}
		})
	}
}

func TestReplacementFees(t *testing.T) {
	policy := evm.FeePolicy{MaxFeePerGas: bi(5000), MaxTipPerGas: bi(2000)}
	old := evm.Fees{Tip: bi(1000), FeeCap: bi(2000)}
	for _, tc := range []struct {
		name       string
		market     evm.Fees
		p          evm.FeePolicy
		tip, cap   int64
		wantCapErr bool
	}{
		{"market below bump: bump wins", evm.Fees{Tip: bi(10), FeeCap: bi(100)}, policy, 1100, 2200, false},
		{"market above bump: market wins", evm.Fees{Tip: bi(1500), FeeCap: bi(4000)}, policy, 1500, 4000, false},
		{"mixed: field by field", evm.Fees{Tip: bi(1500), FeeCap: bi(100)}, policy, 1500, 2200, false},
		{"caps forbid the bump", evm.Fees{Tip: bi(10), FeeCap: bi(100)}, evm.FeePolicy{MaxFeePerGas: bi(2100), MaxTipPerGas: bi(2000)}, 0, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := evm.ReplacementFees(old, tc.market, tc.p)
			if tc.wantCapErr {
				if !errors.Is(err, evm.ErrFeeCap) {
					t.Fatalf("err %v, want ErrFeeCap", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Tip.Int64() != tc.tip || got.FeeCap.Int64() != tc.cap {
				t.Fatalf("got %s, want tip=%d cap=%d", got, tc.tip, tc.cap)
			}
			if err := evm.CheckBump(old, got); err != nil {
				t.Fatalf("replacement fees fail the bump rule: %v", err)
			}
		})
	}
}
