package config

// Config is navarb's whole configuration: one strict TOML schema. Every key
// is documented in the repository's config.toml.
type Config struct {
	// Mode selects what cmd wires: "sim" runs the embedded simulated market;
	// "live" trades on the [chains]; "paper" reads the chains and simulates
	// its transactions at the pending block without sending them.
	Mode   string       `toml:"mode"`
	Log    LogConfig    `toml:"log"`
	Engine EngineConfig `toml:"engine"`
	Arb    ArbConfig    `toml:"arb"`
	// MM is market making on a token's own order book.
	MM     MMConfig     `toml:"mm"`
	Risk   RiskConfig   `toml:"risk"`
	Ledger LedgerConfig `toml:"ledger"`
	// Tokens maps a token symbol (ETH2X) to how it is traded.
	Tokens map[string]TokenConfig `toml:"tokens"`
	Notify NotifyConfig           `toml:"notify"`
	HTTP   HTTPConfig             `toml:"http"`
	Venues VenuesConfig           `toml:"venues"`
	// Chains are the EVM chains of the live and paper modes, by name.
	Chains map[string]ChainConfig `toml:"chains"`
	Sim    SimConfig              `toml:"sim"`
	// Backtest tunes replays of recorded events (backtest, sweep).
	Backtest BacktestConfig `toml:"backtest"`
}

// LogConfig sets logging defaults; the -log-level and -log-format flags win.
type LogConfig struct {
	Level string `toml:"level"`
}

// EngineConfig tunes the event loop.
type EngineConfig struct {
	// MaxInFlightPerToken bounds loops submitted but not yet settled per token.
	MaxInFlightPerToken int `toml:"max_in_flight_per_token"`
	// ProgressEvery logs a progress line every so much (simulated) time.
	ProgressEvery Duration `toml:"progress_every"`
}

// LedgerConfig says where the ledger is kept.
type LedgerConfig struct {
	// Path is the SQLite ledger file; empty keeps the ledger in memory only.
	Path string `toml:"path"`
}

// ArbConfig holds the premium/discount loop parameters.
type ArbConfig struct {
	Enabled bool `toml:"enabled"`
	// MinNetProfitUSD: a loop runs only if its expected profit after every
	// cost clears this; the executor reverts below it.
	MinNetProfitUSD Decimal `toml:"min_net_profit_usd"`
	// MaxSizeUSD caps one loop's notional.
	MaxSizeUSD Decimal `toml:"max_size_usd"`
	// Deadline after which an unexecuted loop is void.
	Deadline Duration `toml:"deadline"`
	// HedgeBps is the cost of hedging a non-atomic loop, in bps of
	// notional x leverage; 0 for atomic loops.
	HedgeBps Decimal `toml:"hedge_bps"`
}

// RiskConfig is the risk gate's limits.
type RiskConfig struct {
	MaxNotionalUSDPerToken Decimal  `toml:"max_notional_usd_per_token"`
	MaxTotalNotionalUSD    Decimal  `toml:"max_total_notional_usd"`
	MaxInventoryUSD        Decimal  `toml:"max_inventory_usd"`
	MaxGasPriceGwei        Decimal  `toml:"max_gas_price_gwei"`
	GasBudgetUSDPerHour    Decimal  `toml:"gas_budget_usd_per_hour"`
	GasBudgetUSDPerDay     Decimal  `toml:"gas_budget_usd_per_day"`
	MaxDrawdownUSD         Decimal  `toml:"max_drawdown_usd"`
	DrawdownPause          Duration `toml:"drawdown_pause"`
	MaxLossUSD             Decimal  `toml:"max_loss_usd"`
	MaxBookAge             Duration `toml:"max_book_age"`
	MaxPoolAge             Duration `toml:"max_pool_age"`
	MaxNAVAge              Duration `toml:"max_nav_age"`
	NAVSanityBps           Decimal  `toml:"nav_sanity_bps"`
	NAVDisagreementBps     Decimal  `toml:"nav_disagreement_bps"`
}

// TokenConfig says where a token trades and what its loops cost.
type TokenConfig struct {
	Chain string `toml:"chain"`
	// Pool is the AMM pool the token trades on (base = token, quote = USD).
	Pool string `toml:"pool"`
	// UnderlyingBook is the order book of the underlying (ETHUSDT): the
	// component NAV is priced from its mid.
	UnderlyingBook string `toml:"underlying_book"`
	// Leverage is the token's target leverage (2 for ETH2X).
	Leverage          Decimal `toml:"leverage"`
	GasUnitsMintSell  int64   `toml:"gas_units_mint_sell"`
	GasUnitsBuyRedeem int64   `toml:"gas_units_buy_redeem"`

	// On-chain market (live and paper modes). IssuerKind is "reference"
	// (the project's NavLeveragedToken), "indexcoop" or "toros"; the
	// token's fees and pool fee are checked against the chain at start.
	IssuerKind    string `toml:"issuer_kind"`
	IssuerAddress string `toml:"issuer_address"`
	TokenAddress  string `toml:"token_address"`
	PoolAddress   string `toml:"pool_address"`
	// PoolKind is "v2" (Uniswap V2 pair) or "v3" (Uniswap V3 pool).
	PoolKind     string `toml:"pool_kind"`
	PoolFeeBps   int    `toml:"pool_fee_bps"`
	MintFeeBps   int    `toml:"mint_fee_bps"`
	RedeemFeeBps int    `toml:"redeem_fee_bps"`
	// Quote is the pool's quote token symbol (a USD stablecoin: "USDC").
	Quote string `toml:"quote"`

	// ExecIssuerAddress is the adapter the executor mints and redeems
	// through (IndexCoopExecIssuer, TorosExecIssuer); indexcoop and toros
	// only.
	ExecIssuerAddress string `toml:"exec_issuer_address"`
	// Index Coop only: the leverage strategy extension, the Aave aToken and
	// variable debt token holding the set's position, the collateral's
	// price feed and its kind ("navarb": a NavPriceFeed; "chainlink": a
	// Chainlink aggregator), and the optional StreamingFeeModule.
	StrategyAddress           string `toml:"strategy_address"`
	CollateralATokenAddress   string `toml:"collateral_atoken_address"`
	DebtTokenAddress          string `toml:"debt_token_address"`
	PriceFeedAddress          string `toml:"price_feed_address"`
	PriceFeedKind             string `toml:"price_feed_kind"`
	StreamingFeeModuleAddress string `toml:"streaming_fee_module_address"`
}

// NotifyConfig configures alerts. Secrets are never in the file: fields
// ending in _env name the environment variable that holds them.
type NotifyConfig struct {
	WebhookURLEnv string `toml:"webhook_url_env"`
	// Burst alerts may go at once, then one per Every; alerts over the limit
	// are counted and the count sent with the next message.
	Burst int      `toml:"burst"`
	Every Duration `toml:"every"`
}

// HTTPConfig is the metrics and health server (/metrics, /healthz,
// /readyz).
type HTTPConfig struct {
	// Listen is host:port; empty turns the server off. Anything but a
	// loopback address needs TokenEnv.
	Listen string `toml:"listen"`
	// TokenEnv names the environment variable holding the bearer token
	// every request must carry.
	TokenEnv string `toml:"token_env"`
}

// SimConfig describes the embedded simulated market (mode = "sim"). Its
// tables mirror venues/sim.Options.
type SimConfig struct {
	Seed      int64    `toml:"seed"`
	Start     Time     `toml:"start"`
	Duration  Duration `toml:"duration"`
	Step      Duration `toml:"step"`
	BlockTime Duration `toml:"block_time"`
	Chain     string   `toml:"chain"`

	Underlying SimUnderlying `toml:"underlying"`
	Book       SimBook       `toml:"book"`
	Token      SimToken      `toml:"token"`
	Pool       SimPool       `toml:"pool"`
	Noise      SimNoise      `toml:"noise"`
	Gas        SimGas        `toml:"gas"`
	Account    SimAccount    `toml:"account"`
	Exec       SimExec       `toml:"exec"`
	// TokenBook is the token's own order book and its flow, there when
	// [mm] is enabled (its venue, symbol, tick, lot and maker fee are
	// [mm]'s).
	TokenBook SimTokenBook `toml:"token_book"`
	// Hedge is our account on the underlying's book, tradable for hedges
	// when [mm.hedge] is enabled (its fee and lot are [mm.hedge]'s).
	Hedge SimHedge `toml:"hedge"`
}

// SimHedge is the simulated hedge account: latency and starting balances.
type SimHedge struct {
	Latency Duration `toml:"latency"`
	Base    Decimal  `toml:"base"`
	USD     Decimal  `toml:"usd"`
}

// SimTokenBook is the simulated token order book's clock, latency and flow.
type SimTokenBook struct {
	Interval    Duration `toml:"interval"`
	Latency     Duration `toml:"latency"`
	Depth       int      `toml:"depth"`
	TakerFeeBps Decimal  `toml:"taker_fee_bps"`
	MinNotional Decimal  `toml:"min_notional"`
	// USD and Token are our starting balances on the exchange.
	USD    Decimal            `toml:"usd"`
	Token  Decimal            `toml:"token"`
	Makers SimTokenBookMakers `toml:"makers"`
	Takers SimTokenBookTakers `toml:"takers"`
}

// SimTokenBookMakers are the liquidity providers on the token book.
type SimTokenBookMakers struct {
	Count           int      `toml:"count"`
	HalfSpreadBps   Decimal  `toml:"half_spread_bps"`
	SpreadJitterBps Decimal  `toml:"spread_jitter_bps"`
	Levels          int      `toml:"levels"`
	LevelSpacingBps Decimal  `toml:"level_spacing_bps"`
	LevelQty        Decimal  `toml:"level_qty"`
	Refresh         Duration `toml:"refresh"`
}

// SimTokenBookTakers are the market orders and the arbitrageur.
type SimTokenBookTakers struct {
	PerHour    Decimal `toml:"per_hour"`
	MedianUSD  Decimal `toml:"median_usd"`
	SizeSigma  Decimal `toml:"size_sigma"`
	ArbEdgeBps Decimal `toml:"arb_edge_bps"`
}

// SimUnderlying is the underlying's price process (GBM with Merton jumps).
type SimUnderlying struct {
	Venue       string  `toml:"venue"`
	Symbol      string  `toml:"symbol"`
	Price       Decimal `toml:"price"`
	VolAnnual   Decimal `toml:"vol_annual"`
	DriftAnnual Decimal `toml:"drift_annual"`
	JumpsPerDay Decimal `toml:"jumps_per_day"`
	JumpMean    Decimal `toml:"jump_mean"`
	JumpStd     Decimal `toml:"jump_std"`
}

// SimBook shapes the underlying's order book around the price.
type SimBook struct {
	Levels          int     `toml:"levels"`
	HalfSpreadBps   Decimal `toml:"half_spread_bps"`
	LevelSpacingBps Decimal `toml:"level_spacing_bps"`
	LevelQty        Decimal `toml:"level_qty"`
	QtyGrowth       Decimal `toml:"qty_growth"`
	QtyJitter       Decimal `toml:"qty_jitter"`
	Tick            Decimal `toml:"tick"`
}

// SimToken is the simulated leveraged token and its issuer.
type SimToken struct {
	Symbol               string   `toml:"symbol"`
	Issuer               string   `toml:"issuer"`
	NAV                  Decimal  `toml:"nav"`
	Supply               Decimal  `toml:"supply"`
	Leverage             Decimal  `toml:"leverage"`
	BandMin              Decimal  `toml:"band_min"`
	BandMax              Decimal  `toml:"band_max"`
	Ripcord              Decimal  `toml:"ripcord"`
	RebalanceDuration    Duration `toml:"rebalance_duration"`
	RebalanceSlippageBps Decimal  `toml:"rebalance_slippage_bps"`
	MintFeeBps           int      `toml:"mint_fee_bps"`
	RedeemFeeBps         int      `toml:"redeem_fee_bps"`
	StreamingFeeAnnual   Decimal  `toml:"streaming_fee_annual"`
	OracleDeviationBps   Decimal  `toml:"oracle_deviation_bps"`
	OracleHeartbeat      Duration `toml:"oracle_heartbeat"`
}

// SimPool is the token's constant-product pool.
type SimPool struct {
	Venue             string  `toml:"venue"`
	Name              string  `toml:"name"`
	Quote             string  `toml:"quote"`
	FeeBps            int     `toml:"fee_bps"`
	DepthUSD          Decimal `toml:"depth_usd"`
	InitialPremiumBps Decimal `toml:"initial_premium_bps"`
}

// SimNoise is the uninformed flow on the pool.
type SimNoise struct {
	TradesPerHour Decimal  `toml:"trades_per_hour"`
	MedianUSD     Decimal  `toml:"median_usd"`
	SizeSigma     Decimal  `toml:"size_sigma"`
	Bias          Decimal  `toml:"bias"`
	RegimeMean    Duration `toml:"regime_mean"`
}

// SimGas is the chain's fee market.
type SimGas struct {
	Native          string   `toml:"native"`
	BaseFeeGwei     Decimal  `toml:"base_fee_gwei"`
	MinBaseFeeGwei  Decimal  `toml:"min_base_fee_gwei"`
	Vol             Decimal  `toml:"vol"`
	HalfLife        Duration `toml:"half_life"`
	SpikesPerDay    Decimal  `toml:"spikes_per_day"`
	SpikeMultiplier Decimal  `toml:"spike_multiplier"`
	TipGwei         Decimal  `toml:"tip_gwei"`
	L1FeeUSD        Decimal  `toml:"l1_fee_usd"`
}

// SimAccount is our starting balances.
type SimAccount struct {
	USD    Decimal `toml:"usd"`
	Native Decimal `toml:"native"`
	Token  Decimal `toml:"token"`
}

// SimExec is the simulated executor: latency to inclusion and gas burnt by
// an early revert (loops burn the token's gas_units_*).
type SimExec struct {
	Latency        Duration `toml:"latency"`
	GasUnitsRevert int64    `toml:"gas_units_revert"`
}
