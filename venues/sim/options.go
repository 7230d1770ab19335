package sim

import (
	"time"

	"github.com/shopspring/decimal"
)

// Options configures a simulated market. Start from DefaultOptions and
// override fields; Validate reports every bad field.
type Options struct {
	// Seed selects the random world; the same seed and options give the same
	// event stream.
	Seed  uint64
	Start time.Time
	// Duration is how much simulated time Run covers.
	Duration time.Duration
	// Step is the underlying's price step and the order book's update period.
	Step time.Duration
	// BlockTime is the chain's block interval.
	BlockTime time.Duration
	// Chain names the chain in GasUpdate and TxReceipt.
	Chain string

	// BookVenue and BookSymbol name the underlying's order book.
	BookVenue  string
	BookSymbol string

	Underlying UnderlyingOptions
	Book       BookOptions
	Token      TokenOptions
	Pool       PoolOptions
	Noise      NoiseOptions
	Gas        GasOptions
	Account    AccountOptions
	Exec       ExecOptions
	// TokenBook is the token's own order book (off by default).
	TokenBook TokenBookOptions
	// Hedge makes the underlying's book tradable for our hedges (off by
	// default).
	Hedge HedgeOptions

	// EmitSwaps delivers every noise trade as a *venues.Swap (after the
	// block's receipts, before its NAV), so a recorder can write the pool
	// once and then the trades that moved it.
	EmitSwaps bool
}

// UnderlyingOptions is the underlying's price process: GBM with Merton jumps
// (Poisson arrivals, normally distributed log jump sizes), drift-compensated
// so jumps do not change the expected price.
type UnderlyingOptions struct {
	InitialPrice float64
	// Drift and Vol are annualised (0.6 = 60%/yr).
	Drift float64
	Vol   float64
	// JumpsPerDay is the Poisson jump intensity; JumpMean and JumpStd are the
	// mean and standard deviation of the log jump size.
	JumpsPerDay float64
	JumpMean    float64
	JumpStd     float64
	// Shocks are scheduled, deterministic log returns (scenarios, tests).
	Shocks []Shock
}

// Shock is a deterministic move of the underlying: the first price step at or
// after Start+After is multiplied by exp(LogReturn).
type Shock struct {
	After     time.Duration
	LogReturn float64
}

// BookOptions shapes the underlying's order book around the price.
type BookOptions struct {
	// Levels per side.
	Levels int
	// HalfSpreadBps is the distance of the best bid and ask from the price.
	HalfSpreadBps float64
	// LevelSpacingBps is the distance between consecutive levels.
	LevelSpacingBps float64
	// LevelQty is the best level's size in underlying units; each deeper level
	// is (1+QtyGrowth) times the previous one, each randomised by ±QtyJitter.
	LevelQty  float64
	QtyGrowth float64
	QtyJitter float64
	// Tick rounds prices outward (bids down, asks up); 0 leaves them exact so
	// the book mid equals the market price.
	Tick float64
}

// TokenOptions is the leveraged token and its issuer.
type TokenOptions struct {
	// Symbol is the token's name; Issuer is the venue name on mint and redeem
	// fills.
	Symbol string
	Issuer string
	// InitialNAV is the NAV per token at Start, in USD; InitialSupply is the
	// number of tokens outstanding.
	InitialNAV    float64
	InitialSupply float64
	// Target is the leverage the keeper aims for; it starts rebalancing when
	// leverage at the market price leaves [BandMin, BandMax], moving to Target
	// over RebalanceDuration (0: at once), and rebalances at once above
	// Ripcord. Its trades pay RebalanceSlippageBps on the notional.
	Target               float64
	BandMin              float64
	BandMax              float64
	Ripcord              float64
	RebalanceDuration    time.Duration
	RebalanceSlippageBps float64
	MintFeeBps           int
	RedeemFeeBps         int
	// StreamingFeeAnnual accrues every block (0.0365 = 3.65%/yr).
	StreamingFeeAnnual float64
	// The issuer prices the underlying with an oracle that updates, checked
	// each block, when the market moved more than DeviationBps from the last
	// oracle price or Heartbeat elapsed since the last update.
	DeviationBps float64
	Heartbeat    time.Duration
}

// PoolOptions is the token's constant-product pool against the quote
// stablecoin (token 18 decimals, quote 6 decimals).
type PoolOptions struct {
	Venue string
	Name  string
	// Quote is the stablecoin's symbol (valued at 1 USD).
	Quote  string
	FeeBps int
	// DepthUSD is the initial quote reserve.
	DepthUSD float64
	// InitialPremiumBps sets the pool's initial price relative to NAV.
	InitialPremiumBps float64
}

// NoiseOptions is the uninformed flow that trades the pool.
type NoiseOptions struct {
	// TradesPerHour is the Poisson arrival rate (sampled per block).
	TradesPerHour float64
	// Trade sizes in USD are lognormal with this median and log sigma.
	MedianUSD float64
	SizeSigma float64
	// Bias tilts the buy probability to 0.5±Bias in persistent regimes whose
	// lengths are exponential with mean RegimeMean (0: no regimes, 50/50).
	Bias       float64
	RegimeMean time.Duration
}

// GasOptions is the chain's fee market. The base fee follows a log
// Ornstein-Uhlenbeck process around BaseFeeGwei with rare multiplicative
// spikes that decay with the same half-life.
type GasOptions struct {
	// Native is the gas asset's symbol; its price is the underlying's.
	Native         string
	BaseFeeGwei    float64
	MinBaseFeeGwei float64
	// Vol is the stationary standard deviation of log base fee.
	Vol             float64
	HalfLife        time.Duration
	SpikesPerDay    float64
	SpikeMultiplier float64
	TipGwei         float64
	// L1FeeUSD is the data fee each of our transactions pays (0 on L1).
	L1FeeUSD float64
}

// AccountOptions are our initial balances in token units.
type AccountOptions struct {
	Quote  decimal.Decimal // USDC, at most 6 decimals
	Token  decimal.Decimal // the leveraged token, at most 18 decimals
	Native decimal.Decimal // ETH for gas, at most 18 decimals
}

// ExecOptions are the simulated atomic executor's rules.
type ExecOptions struct {
	// Latency: a plan is mined at the top of the first block at or after
	// submission time + Latency.
	Latency time.Duration
	// Instant executes plans at once, against the current state.
	Instant bool
	// Gas units of a successful loop of each kind; a loop reverted on the
	// profit check burns the same. GasUnitsRevert is burnt by an early revert
	// (deadline, insufficient funds).
	GasUnitsMintSell  uint64
	GasUnitsBuyRedeem uint64
	GasUnitsRevert    uint64
	// GasUnitsMint and GasUnitsRedeem are a plain mint or redeem (plan
	// kinds venues.Mint and venues.Redeem, which flatten market-making
	// inventory on the token book's account); 0 refuses them.
	GasUnitsMint, GasUnitsRedeem uint64
}

// DefaultOptions is a realistic day on an L2: ETH near 3000 at 60%/yr with a
// few jumps, an ETH2X token with Index Coop's fees and bands, a ~$3M-deep
// pool with a 30 bps fee, and gas near 0.05 gwei.
func DefaultOptions() Options {
	return Options{
		Seed:       1,
		Start:      time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		Duration:   24 * time.Hour,
		Step:       time.Second,
		BlockTime:  2 * time.Second,
		Chain:      "sim",
		BookVenue:  "sim",
		BookSymbol: "ETHUSDT",
		Underlying: UnderlyingOptions{
			InitialPrice: 3000,
			Vol:          0.6,
			JumpsPerDay:  3,
			JumpStd:      0.008,
		},
		Book: BookOptions{
			Levels:          20,
			HalfSpreadBps:   0.5,
			LevelSpacingBps: 1,
			LevelQty:        5,
			QtyGrowth:       0.1,
			QtyJitter:       0.3,
			Tick:            0.01,
		},
		Token: TokenOptions{
			Symbol:               "ETH2X",
			Issuer:               "sim-issuer",
			InitialNAV:           30,
			InitialSupply:        1_000_000,
			Target:               2,
			BandMin:              1.7,
			BandMax:              2.3,
			Ripcord:              3,
			RebalanceDuration:    30 * time.Minute,
			RebalanceSlippageBps: 10,
			MintFeeBps:           10,
			RedeemFeeBps:         10,
			StreamingFeeAnnual:   0.0365,
			DeviationBps:         5,
			Heartbeat:            24 * time.Hour,
		},
		Pool: PoolOptions{
			Venue:    "sim",
			Name:     "ETH2X-USDC",
			Quote:    "USDC",
			FeeBps:   30,
			DepthUSD: 3_000_000,
		},
		Noise: NoiseOptions{
			TradesPerHour: 60,
			MedianUSD:     600,
			SizeSigma:     1,
			Bias:          0.05,
			RegimeMean:    2 * time.Hour,
		},
		Gas: GasOptions{
			Native:          "ETH",
			BaseFeeGwei:     0.05,
			MinBaseFeeGwei:  0.01,
			Vol:             0.3,
			HalfLife:        10 * time.Minute,
			SpikesPerDay:    2,
			SpikeMultiplier: 20,
			TipGwei:         0.001,
			L1FeeUSD:        0.02,
		},
		Account: AccountOptions{
			Quote:  decimal.NewFromInt(100_000),
			Native: decimal.NewFromInt(1),
		},
		Exec: ExecOptions{
			Latency:           time.Second,
			GasUnitsMintSell:  1_200_000,
			GasUnitsBuyRedeem: 1_300_000,
			GasUnitsRevert:    100_000,
			GasUnitsMint:      600_000,
			GasUnitsRedeem:    650_000,
		},
		TokenBook: DefaultTokenBook(),
	}
}
