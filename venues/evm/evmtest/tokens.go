package evmtest

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/contracts"
)

// DeployToken deploys a TestERC20 (anyone may mint) from account 0.
func (c *Chain) DeployToken(tb testing.TB, name, symbol string, decimals uint8) common.Address {
	tb.Helper()
	t := contracts.NewTestERC20()
	code := append(common.FromHex(contracts.TestERC20MetaData.Bin), t.PackConstructor(name, symbol, decimals)...)
	return c.Deploy(tb, 0, code)
}

// DeployTokenPair deploys two TestERC20s and returns them sorted by address
// (token0 < token1, the order Uniswap pools use).
func (c *Chain) DeployTokenPair(tb testing.TB, symbolA, symbolB string, decimalsA, decimalsB uint8) (token0, token1 common.Address) {
	tb.Helper()
	a := c.DeployToken(tb, symbolA, symbolA, decimalsA)
	b := c.DeployToken(tb, symbolB, symbolB, decimalsB)
	if a.Cmp(b) > 0 {
		a, b = b, a
	}
	return a, b
}

// Mint creates amount of a TestERC20 for `to` (sent from account 0).
func (c *Chain) Mint(tb testing.TB, token, to common.Address, amount *big.Int) {
	tb.Helper()
	c.Send(tb, 0, ptr(token), contracts.NewTestERC20().PackMint(to, amount), TxGas)
}

// Approve lets spender move all of account from's token.
func (c *Chain) Approve(tb testing.TB, from int, token, spender common.Address) {
	tb.Helper()
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	c.Send(tb, from, ptr(token), contracts.NewTestERC20().PackApprove(spender, maxUint), TxGas)
}

// Transfer moves amount of token from account `from` to `to`.
func (c *Chain) Transfer(tb testing.TB, from int, token, to common.Address, amount *big.Int) {
	tb.Helper()
	c.Send(tb, from, ptr(token), contracts.NewTestERC20().PackTransfer(to, amount), TxGas)
}

// BalanceOf returns owner's balance of token on the latest block.
func (c *Chain) BalanceOf(tb testing.TB, token, owner common.Address) *big.Int {
	tb.Helper()
	t := contracts.NewTestERC20()
	v, err := t.UnpackBalanceOf(c.Call(tb, token, t.PackBalanceOf(owner)))
	must(tb, err, "balanceOf")
	return v
}
