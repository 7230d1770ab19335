package executor

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/contracts"
)

// Loop kinds as the executor's LoopExecuted event reports them.
const (
	KindMintAndSell  = 1
	KindBuyAndRedeem = 2
)

// DeployCode is the executor's creation code (no constructor arguments);
// the deploying account becomes its owner.
func DeployCode() []byte {
	return common.FromHex(contracts.NavArbExecutorMetaData.Bin)
}

// MintAndSellCall is the calldata of mintAndSell: mint quantity of the
// issuer's token paying at most maxQuoteIn, sell it into pair, and revert
// unless the executor's quote balance grew by at least minProfit.
func MintAndSellCall(issuer, pair common.Address, quantity, maxQuoteIn, minProfit *big.Int) ([]byte, error) {
	if err := positive("quantity", quantity); err != nil {
		return nil, fmt.Errorf("mintAndSell call: %w", err)
	}
	if err := nonNegative("maxQuoteIn", maxQuoteIn, "minProfit", minProfit); err != nil {
		return nil, fmt.Errorf("mintAndSell call: %w", err)
	}
	data, err := contracts.NewNavArbExecutor().TryPackMintAndSell(issuer, pair, quantity, maxQuoteIn, minProfit)
	if err != nil {
		return nil, fmt.Errorf("mintAndSell call: %w", err)
	}
	return data, nil
}

// BuyAndRedeemCall is the calldata of buyAndRedeem: buy the issuer's token
// from pair with quoteIn, redeem it all, and revert unless the executor's
// quote balance grew by at least minProfit.
func BuyAndRedeemCall(issuer, pair common.Address, quoteIn, minProfit *big.Int) ([]byte, error) {
	if err := positive("quoteIn", quoteIn); err != nil {
		return nil, fmt.Errorf("buyAndRedeem call: %w", err)
	}
	if err := nonNegative("minProfit", minProfit); err != nil {
		return nil, fmt.Errorf("buyAndRedeem call: %w", err)
	}
	data, err := contracts.NewNavArbExecutor().TryPackBuyAndRedeem(issuer, pair, quoteIn, minProfit)
	if err != nil {
		return nil, fmt.Errorf("buyAndRedeem call: %w", err)
	}
	return data, nil
}

// SweepCall is the calldata of sweep: send amount of token held by the
// executor to `to`.
func SweepCall(token, to common.Address, amount *big.Int) ([]byte, error) {
	if err := nonNegative("amount", amount); err != nil {
		return nil, fmt.Errorf("sweep call: %w", err)
	}
	data, err := contracts.NewNavArbExecutor().TryPackSweep(token, to, amount)
	if err != nil {
		return nil, fmt.Errorf("sweep call: %w", err)
	}
	return data, nil
}

// SetIssuerCall is the calldata of setIssuer: allow or disallow an issuer.
func SetIssuerCall(issuer common.Address, allowed bool) []byte {
	return contracts.NewNavArbExecutor().PackSetIssuer(issuer, allowed)
}

func positive(name string, v *big.Int) error {
	if v == nil || v.Sign() <= 0 {
		return fmt.Errorf("%s must be positive, got %v", name, v)
	}
	return nil
}

// nonNegative checks name/value pairs.
func nonNegative(pairs ...any) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		name, _ := pairs[i].(string)
		v, _ := pairs[i+1].(*big.Int)
		if v == nil || v.Sign() < 0 {
			return fmt.Errorf("%s must be non-negative, got %v", name, v)
		}
	}
	return nil
}
