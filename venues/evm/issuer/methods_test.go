package issuer_test

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/issuer"
)

// adapter is the method set the chain venue wires every issuer kind by.
type adapter interface {
	Read(ctx context.Context, block *big.Int) (venues.NAVUpdate, venues.IssuerUpdate, error)
	ExecIssuer() common.Address
	MintSellAllowed() bool
	Check(ctx context.Context) error
}

var (
	_ adapter = (*issuer.Reference)(nil)
	_ adapter = (*issuer.IndexCoop)(nil)
	_ adapter = (*issuer.Toros)(nil)
)
