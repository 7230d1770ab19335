package executor

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/navarb/navarb/venues/evm/contracts"
)

// Revert is a decoded custom error of the executor, the issuer or the feed.
type Revert struct {
	// Name is the error's name, e.g. "ProfitBelowMinimum".
	Name string
	// Args are its decoded arguments (*big.Int, common.Address, ...).
	Args []any
}

func (r Revert) String() string { return fmt.Sprintf("%s%v", r.Name, r.Args) }

// DecodeRevert extracts the revert data from an eth_call or gas-estimation
// error (a JSON-RPC error carrying data) and decodes it against the custom
// errors of NavArbExecutor, NavLeveragedToken, NavPriceFeed and the
// adapter issuers (IndexCoopExecIssuer, IndexFlashMint, TorosExecIssuer).
func DecodeRevert(err error) (Revert, bool) {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return Revert{}, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return Revert{}, false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return Revert{}, false
	}
	return DecodeRevertData(data)
}

// DecodeRevertData decodes raw revert data (selector and arguments).
func DecodeRevertData(data []byte) (Revert, bool) {
	if len(data) < 4 {
		return Revert{}, false
	}
	for _, md := range []*abi.ABI{
		parse(&contracts.NavArbExecutorMetaData), parse(&contracts.NavLeveragedTokenMetaData), parse(&contracts.NavPriceFeedMetaData),
		parse(&contracts.IndexCoopExecIssuerMetaData), parse(&contracts.IndexFlashMintMetaData), parse(&contracts.TorosExecIssuerMetaData),
	} {
		if md == nil {
			continue
		}
		for name, e := range md.Errors {
			if !bytes.Equal(e.ID[:4], data[:4]) {
				continue
			}
			v, err := e.Unpack(data)
			if err != nil {
				return Revert{}, false
			}
			args, _ := v.([]any)
			return Revert{Name: name, Args: args}, true
		}
	}
	return Revert{}, false
}

func parse(md interface{ ParseABI() (*abi.ABI, error) }) *abi.ABI {
	a, err := md.ParseABI()
	if err != nil {
		return nil
	}
	return a
}
