package contracts_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/navarb/navarb/venues/evm/contracts"
)

// published is one function or event of a real product, as its public
// source declares it: the canonical signature (and, for functions navarb
// decodes, the canonical output types). The look-alikes must match it
// exactly, so the Go adapters built against them speak to the real
// contracts unchanged.
type published struct {
	sig     string // canonical signature, e.g. "issue(address,uint256,address)"
	outputs string // canonical output tuple, e.g. "(uint256,uint256)"; "" = not checked
	event   bool
}

// Facts from the public sources:
//   - Index Coop (IndexCoop/index-coop-smart-contracts and Set Protocol v2):
//     DebtIssuanceModuleV2, SetToken, FlashMintLeveraged with DEXAdapter.SwapData
//     = (address[] path, uint24[] fees, address pool, Exchange exchange),
//     AaveLeverageStrategyExtension (ShouldRebalance enum, MethodologySettings
//     of 5 uint256, IncentiveSettings of 4 uint256).
//   - Chainlink AggregatorV3Interface (and AggregatorInterface's
//     latestAnswer and AnswerUpdated event).
//   - dHEDGE V2 (dhedge/V2-Public): PoolLogic (ComplexAsset = (address
//     supportedAsset, bytes withdrawData, uint256 slippageTolerance);
//     WithdrawnAsset = (address asset, uint256 amount, bool
//     externalWithdrawProcessed)), PoolManagerLogic, PoolFactory.
var publishedABIs = []struct {
	name  string
	meta  string
	items []published
}{
	{"DebtIssuanceModuleV2", contracts.IndexDebtIssuanceModuleMetaData.ABI, []published{
		{sig: "issue(address,uint256,address)", outputs: "()"},
		{sig: "redeem(address,uint256,address)", outputs: "()"},
		{sig: "getRequiredComponentIssuanceUnits(address,uint256)", outputs: "(address[],uint256[],uint256[])"},
		{sig: "getRequiredComponentRedemptionUnits(address,uint256)", outputs: "(address[],uint256[],uint256[])"},
		{sig: "calculateTotalFees(address,uint256,bool)", outputs: "(uint256,uint256,uint256)"},
		{sig: "initialize(address,uint256,uint256,uint256,address,address)", outputs: "()"},
		{sig: "issuanceSettings(address)", outputs: "(uint256,uint256,uint256,address,address)"},
		{sig: "updateIssueFee(address,uint256)", outputs: "()"},
		{sig: "updateRedeemFee(address,uint256)", outputs: "()"},
		{sig: "SetTokenIssued(address,address,address,address,uint256,uint256,uint256)", event: true},
		{sig: "SetTokenRedeemed(address,address,address,uint256,uint256,uint256)", event: true},
		{sig: "IssueFeeUpdated(address,uint256)", event: true},
		{sig: "RedeemFeeUpdated(address,uint256)", event: true},
	}},
	{"SetToken", contracts.IndexSetTokenMetaData.ABI, []published{
		{sig: "getComponents()", outputs: "(address[])"},
		{sig: "getDefaultPositionRealUnit(address)", outputs: "(int256)"},
		{sig: "getExternalPositionRealUnit(address,address)", outputs: "(int256)"},
		{sig: "getExternalPositionModules(address)", outputs: "(address[])"},
		{sig: "getTotalComponentRealUnits(address)", outputs: "(int256)"},
		{sig: "getModules()", outputs: "(address[])"},
		{sig: "isInitializedModule(address)", outputs: "(bool)"},
		{sig: "moduleStates(address)", outputs: "(uint8)"},
		{sig: "positionMultiplier()", outputs: "(int256)"},
		{sig: "manager()", outputs: "(address)"},
		{sig: "addModule(address)", outputs: "()"},
		{sig: "initializeModule()", outputs: "()"},
		{sig: "invoke(address,uint256,bytes)", outputs: "(bytes)"},
		{sig: "mint(address,uint256)", outputs: "()"},
		{sig: "burn(address,uint256)", outputs: "()"},
		{sig: "totalSupply()", outputs: "(uint256)"},
		{sig: "ModuleAdded(address)", event: true},
		{sig: "ModuleInitialized(address)", event: true},
		{sig: "Invoked(address,uint256,bytes,bytes)", event: true},
		{sig: "Transfer(address,address,uint256)", event: true},
	}},
	{"FlashMintLeveraged", contracts.IndexFlashMintMetaData.ABI, []published{
		{sig: "issueExactSetFromERC20(address,uint256,address,uint256,(address[],uint24[],address,uint8),(address[],uint24[],address,uint8))", outputs: "()"},
		{sig: "issueExactSetFromETH(address,uint256,(address[],uint24[],address,uint8),(address[],uint24[],address,uint8))", outputs: "()"},
		{sig: "redeemExactSetForERC20(address,uint256,address,uint256,(address[],uint24[],address,uint8),(address[],uint24[],address,uint8))", outputs: "()"},
		{sig: "redeemExactSetForETH(address,uint256,uint256,(address[],uint24[],address,uint8),(address[],uint24[],address,uint8))", outputs: "()"},
		{sig: "getLeveragedTokenData(address,uint256,bool)", outputs: "((address,address,uint256,address,uint256))"},
		{sig: "debtIssuanceModule()", outputs: "(address)"},
		{sig: "FlashMint(address,address,address,uint256,uint256)", event: true},
		{sig: "FlashRedeem(address,address,address,uint256,uint256)", event: true},
	}},
	{"StreamingFeeModule", contracts.IndexStreamingFeeModuleMetaData.ABI, []published{
		{sig: "feeStates(address)", outputs: "(address,uint256,uint256,uint256)"},
		{sig: "getFee(address)", outputs: "(uint256)"},
		{sig: "accrueFee(address)", outputs: "()"},
		{sig: "initialize(address,(address,uint256,uint256,uint256))", outputs: "()"},
		{sig: "updateStreamingFee(address,uint256)", outputs: "()"},
		{sig: "FeeActualized(address,uint256,uint256)", event: true},
		{sig: "StreamingFeeUpdated(address,uint256)", event: true},
	}},
	{"AaveLeverageStrategyExtension", contracts.IndexLeverageExtensionMetaData.ABI, []published{
		{sig: "getCurrentLeverageRatio()", outputs: "(uint256)"},
		{sig: "shouldRebalance()", outputs: "(string[],uint8[])"},
		{sig: "getMethodology()", outputs: "((uint256,uint256,uint256,uint256,uint256))"},
		{sig: "getIncentive()", outputs: "((uint256,uint256,uint256,uint256))"},
		{sig: "getEnabledExchanges()", outputs: "(string[])"},
		{sig: "enabledExchanges(uint256)", outputs: "(string)"},
		{sig: "twapLeverageRatio()", outputs: "(uint256)"},
		{sig: "globalLastTradeTimestamp()", outputs: "(uint256)"},
	}},
	{"WETH9", contracts.TestWETHMetaData.ABI, []published{
		{sig: "deposit()", outputs: "()"},
		{sig: "withdraw(uint256)", outputs: "()"},
		{sig: "Deposit(address,uint256)", event: true},
		{sig: "Withdrawal(address,uint256)", event: true},
	}},
	{"AggregatorV3Interface", contracts.TestChainlinkFeedMetaData.ABI, []published{
		{sig: "latestRoundData()", outputs: "(uint80,int256,uint256,uint256,uint80)"},
		{sig: "decimals()", outputs: "(uint8)"},
		{sig: "description()", outputs: "(string)"},
		{sig: "latestAnswer()", outputs: "(int256)"},
		{sig: "AnswerUpdated(int256,uint256,uint256)", event: true},
	}},
	{"PoolLogic", contracts.TorosPoolLogicMetaData.ABI, []published{
		{sig: "tokenPrice()", outputs: "(uint256)"},
		{sig: "tokenPriceWithoutManagerFee()", outputs: "(uint256)"},
		{sig: "calculateAvailableManagerFee(uint256)", outputs: "(uint256)"},
		{sig: "deposit(address,uint256)", outputs: "(uint256)"},
		{sig: "withdrawSafe(uint256,(address,bytes,uint256)[])", outputs: "()"},
		{sig: "getExitRemainingCooldown(address)", outputs: "(uint256)"},
		{sig: "lastDeposit(address)", outputs: "(uint256)"},
		{sig: "lastExitCooldown(address)", outputs: "(uint256)"},
		{sig: "lastFeeMintTime()", outputs: "(uint256)"},
		{sig: "tokenPriceAtLastFeeMint()", outputs: "(uint256)"},
		{sig: "factory()", outputs: "(address)"},
		{sig: "poolManagerLogic()", outputs: "(address)"},
		{sig: "mintManagerFee()", outputs: "()"},
		{sig: "setPoolManagerLogic(address)", outputs: "()"},
		{sig: "totalSupply()", outputs: "(uint256)"},
		{sig: "Deposit(address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256)", event: true},
		{sig: "Withdrawal(address,address,uint256,uint256,uint256,uint256,uint256,(address,uint256,bool)[],uint256)", event: true},
		{sig: "EntryFeeMinted(address,uint256)", event: true},
		{sig: "ExitFeeMinted(address,uint256)", event: true},
	}},
	{"PoolManagerLogic", contracts.TorosPoolManagerLogicMetaData.ABI, []published{
		{sig: "getFee()", outputs: "(uint256,uint256,uint256,uint256,uint256)"},
		{sig: "getEntryFeeInfo()", outputs: "(uint256,uint256,uint256)"},
		{sig: "getExitFeeInfo()", outputs: "(uint256,uint256,uint256)"},
		{sig: "totalFundValue()", outputs: "(uint256)"},
		{sig: "assetValue(address,uint256)", outputs: "(uint256)"},
		{sig: "isDepositAsset(address)", outputs: "(bool)"},
		{sig: "getSupportedAssets()", outputs: "((address,bool)[])"},
		{sig: "manager()", outputs: "(address)"},
		{sig: "minDepositUSD()", outputs: "(uint256)"},
	}},
	{"PoolFactory", contracts.TorosPoolFactoryMetaData.ABI, []published{
		{sig: "isPool(address)", outputs: "(bool)"},
		{sig: "getExitCooldown()", outputs: "(uint256)"},
		{sig: "isPaused()", outputs: "(bool)"},
		{sig: "pausedPools(address)", outputs: "(bool)"},
		{sig: "receiverWhitelist(address)", outputs: "(bool)"},
		{sig: "daoAddress()", outputs: "(address)"},
		{sig: "owner()", outputs: "(address)"},
	}},
}

// TestLookalikesMatchPublishedABIs requires every function and event the
// look-alikes share with the real products to have the published selector
// or topic (keccak of the canonical signature) and output types.
func TestLookalikesMatchPublishedABIs(t *testing.T) {
	for _, c := range publishedABIs {
		parsed, err := abi.JSON(strings.NewReader(c.meta))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, p := range c.items {
			want := crypto.Keccak256([]byte(p.sig))
			name := p.sig[:strings.IndexByte(p.sig, '(')]
			if p.event {
				ev, ok := parsed.Events[name]
				if !ok {
					t.Errorf("%s: event %s missing", c.name, p.sig)
					continue
				}
				if got := ev.ID.Bytes(); string(got) != string(want) {
					t.Errorf("%s: event %s: topic %x, want %x (compiled %s)", c.name, p.sig, got, want, ev.Sig)
				}
				continue
			}
			m, ok := parsed.Methods[name]
			if !ok {
				t.Errorf("%s: function %s missing", c.name, p.sig)
				continue
			}
			if got := m.ID; string(got) != string(want[:4]) {
				t.Errorf("%s: %s: selector %x, want %x (compiled %s)", c.name, p.sig, got, want[:4], m.Sig)
			}
			if p.outputs != "" {
				if got := canonical(m.Outputs); got != p.outputs {
					t.Errorf("%s: %s returns %s, want %s", c.name, p.sig, got, p.outputs)
				}
			}
		}
	}
}

// TestExecIssuersImplementIExecIssuer checks the adapters against the
// interface NavArbExecutor calls.
func TestExecIssuersImplementIExecIssuer(t *testing.T) {
	iface := []published{
		{sig: "token()", outputs: "(address)"},
		{sig: "quoteToken()", outputs: "(address)"},
		{sig: "previewMint(uint256)", outputs: "(uint256,uint256)"},
		{sig: "mint(uint256,uint256,address)", outputs: "(uint256)"},
		{sig: "redeem(uint256,uint256,address)", outputs: "(uint256)"},
		{sig: "previewRedeem(uint256)", outputs: "(uint256,uint256)"},
	}
	for name, meta := range map[string]string{
		"NavLeveragedToken":   contracts.NavLeveragedTokenMetaData.ABI,
		"IndexCoopExecIssuer": contracts.IndexCoopExecIssuerMetaData.ABI,
		"TorosExecIssuer":     contracts.TorosExecIssuerMetaData.ABI,
	} {
		parsed, err := abi.JSON(strings.NewReader(meta))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range iface {
			m, ok := parsed.Methods[p.sig[:strings.IndexByte(p.sig, '(')]]
			if !ok || m.Sig != p.sig || canonical(m.Outputs) != p.outputs {
				t.Errorf("%s does not implement %s returns %s", name, p.sig, p.outputs)
			}
		}
		// Readers of loops decode the issuer's Minted/Redeemed events with
		// NavLeveragedToken's ABI: the adapters emit the same events.
		ref := contracts.NewNavLeveragedToken().GetABI().Events
		for _, ev := range []string{"Minted", "Redeemed"} {
			got, ok := parsed.Events[ev]
			if name == "TorosExecIssuer" && ev == "Minted" {
				continue // never mints
			}
			if !ok || got.ID != ref[ev].ID {
				t.Errorf("%s: event %s is not NavLeveragedToken's %s", name, got.Sig, ref[ev].Sig)
			}
		}
	}
}

func canonical(args abi.Arguments) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = typeString(a.Type)
	}
	return "(" + strings.Join(parts, ",") + ")"
}

func typeString(t abi.Type) string {
	switch t.T {
	case abi.TupleTy:
		parts := make([]string, len(t.TupleElems))
		for i, e := range t.TupleElems {
			parts[i] = typeString(*e)
		}
		return "(" + strings.Join(parts, ",") + ")"
	case abi.SliceTy:
		return typeString(*t.Elem) + "[]"
	case abi.ArrayTy:
		return typeString(*t.Elem) + "[" + strconv.Itoa(t.Size) + "]"
	}
	return t.String()
}
