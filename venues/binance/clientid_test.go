package binance_test

import (
	"math"
	"strings"
	"testing"

	"github.com/navarb/navarb/venues/binance"
)

func TestClientOrderIDRoundTrip(t *testing.T) {
	tests := []struct {
		prefix          string
		plan            uint64
		leg, placement  int
		want            string
		wantPrefixAfter string
	}{
		{"nv", 1, 0, 0, "nv-1-0", "nv"},
		{"nv", 35, 2, 0, "nv-z-2", "nv"},
		{"bot7", 123456789, 3, 4, "bot7-21i3v9-3-4", "bot7"},
		{"a_b-c!", 7, 1, 0, "abc-7-1", "abc"},
		{"", 7, 1, 0, "nv-7-1", "nv"},
		{"averyveryverylongprefix", math.MaxUint64, 9999, 9999, "averyveryver-3w5e11264sgsf-9999-9999", "averyveryver"},
	}
	for _, tt := range tests {
		got := binance.ClientOrderID(tt.prefix, tt.plan, tt.leg, tt.placement)
		if got != tt.want {
			t.Errorf("ClientOrderID(%q, %d, %d, %d) = %q, want %q", tt.prefix, tt.plan, tt.leg, tt.placement, got, tt.want)
		}
		if !binance.ValidClientID(got) {
			t.Errorf("ClientOrderID(...) = %q is not a valid Binance client id", got)
		}
		prefix, plan, leg, placement, ok := binance.ParseClientOrderID(got)
		if !ok || prefix != tt.wantPrefixAfter || plan != tt.plan || leg != tt.leg || placement != tt.placement {
			t.Errorf("ParseClientOrderID(%q) = %q, %d, %d, %d, %v; want %q, %d, %d, %d, true",
				got, prefix, plan, leg, placement, ok, tt.wantPrefixAfter, tt.plan, tt.leg, tt.placement)
		}
	}
	if a, b := binance.ClientOrderID("nv", 9, 1, 0), binance.ClientOrderID("nv", 9, 1, 0); a != b {
		t.Errorf("not deterministic: %q vs %q", a, b)
	}
	if a, b := binance.ClientOrderID("nv", 9, 1, 0), binance.ClientOrderID("nv", 9, 2, 0); a == b {
		t.Errorf("legs share an id: %q", a)
	}
}

func TestParseClientOrderIDRejectsForeignIDs(t *testing.T) {
	for _, id := range []string{"", "web_3f9a8c", "x-ABCDEF123", "nv-1", "nv-!-1", "nv-1-x", "nv-1-1-0", "nv-1--1", "a-b-c-d-e"} {
		if _, _, _, _, ok := binance.ParseClientOrderID(id); ok {
			t.Errorf("ParseClientOrderID(%q) ok, want not ours", id)
		}
	}
}

func TestValidClientID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"abc-DEF_123", true},
		{strings.Repeat("a", 36), true},
		{strings.Repeat("a", 37), false},
		{"", false},
		{"has space", false},
		{"dot.ted", false},
	}
	for _, tt := range tests {
		if got := binance.ValidClientID(tt.id); got != tt.want {
			t.Errorf("ValidClientID(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}
