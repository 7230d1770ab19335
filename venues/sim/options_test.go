package sim_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/navarb/navarb/venues/sim"
	"github.com/shopspring/decimal"
)

func TestDefaultOptionsValidate(t *testing.T) {
	if err := sim.DefaultOptions().Validate(); err != nil {
		t.Fatalf("DefaultOptions().Validate() = %v, want nil", err)
	}
}

func TestValidateNamesEveryBadField(t *testing.T) {
	tests := []struct {
		field   string
		breakIt func(*sim.Options)
	}{
		{"Start", func(o *sim.Options) { o.Start = time.Time{} }},
		{"Duration", func(o *sim.Options) { o.Duration = 0 }},
		{"Step", func(o *sim.Options) { o.Step = -1 }},
		{"BlockTime", func(o *sim.Options) { o.BlockTime = 0 }},
		{"Chain", func(o *sim.Options) { o.Chain = "" }},
		{"Underlying.InitialPrice", func(o *sim.Options) { o.Underlying.InitialPrice = math.NaN() }},
		{"Underlying.Vol", func(o *sim.Options) { o.Underlying.Vol = -0.1 }},
		{"Book.Levels", func(o *sim.Options) { o.Book.Levels = 0 }},
		{"Book.QtyJitter", func(o *sim.Options) { o.Book.QtyJitter = 1 }},
		{"Token.BandMax", func(o *sim.Options) { o.Token.BandMax = 1.5 }},
		{"Token.Ripcord", func(o *sim.Options) { o.Token.Ripcord = 1 }},
		{"Token.MintFeeBps", func(o *sim.Options) { o.Token.MintFeeBps = -1 }},
		{"Token.Heartbeat", func(o *sim.Options) { o.Token.Heartbeat = 0 }},
		{"Pool.FeeBps", func(o *sim.Options) { o.Pool.FeeBps = 10000 }},
		{"Pool.DepthUSD", func(o *sim.Options) { o.Pool.DepthUSD = math.Inf(1) }},
		{"Noise.Bias", func(o *sim.Options) { o.Noise.Bias = 0.7 }},
		{"Gas.SpikeMultiplier", func(o *sim.Options) { o.Gas.SpikeMultiplier = 0.5 }},
		{"Account.Quote", func(o *sim.Options) { o.Account.Quote = decimal.RequireFromString("1.0000001") }},
		{"Account.Native", func(o *sim.Options) { o.Account.Native = decimal.NewFromInt(-1) }},
		{"Exec.GasUnitsRevert", func(o *sim.Options) { o.Exec.GasUnitsRevert = 0 }},
	}
	all := sim.DefaultOptions()
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			o := sim.DefaultOptions()
			tt.breakIt(&o)
			err := o.Validate()
			if !errors.Is(err, sim.ErrInvalidOptions) {
				t.Fatalf("Validate() = %v, want ErrInvalidOptions", err)
			}
			if !strings.Contains(err.Error(), tt.field+":") {
				t.Errorf("Validate() = %q, want it to name %s", err, tt.field)
			}
			if _, err := sim.New(o); !errors.Is(err, sim.ErrInvalidOptions) {
				t.Errorf("New() error = %v, want ErrInvalidOptions", err)
			}
		})
		tt.breakIt(&all)
	}
	t.Run("all at once", func(t *testing.T) {
		err := all.Validate()
		if err == nil {
			t.Fatal("Validate() = nil, want errors")
		}
		for _, tt := range tests {
			if !strings.Contains(err.Error(), tt.field+":") {
				t.Errorf("Validate() does not name %s: %q", tt.field, err)
			}
		}
	})
}
