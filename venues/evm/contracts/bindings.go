// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// UniswapV3PoolLensSnapshot is an auto generated low-level Go binding around an user-defined struct.
type UniswapV3PoolLensSnapshot struct {
	BlockNumber  *big.Int
	SqrtPriceX96 *big.Int
	Tick         *big.Int
	Liquidity    *big.Int
	TickSpacing  *big.Int
	Fee          *big.Int
	Token0       common.Address
	Token1       common.Address
	Next         *big.Int
	Done         bool
	Ticks        []UniswapV3PoolLensTick
}

// UniswapV3PoolLensTick is an auto generated low-level Go binding around an user-defined struct.
type UniswapV3PoolLensTick struct {
	Tick           *big.Int
	LiquidityGross *big.Int
	LiquidityNet   *big.Int
}

// TestERC20MetaData contains all meta data concerning the TestERC20 contract.
var TestERC20MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TestERC20",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161095538038061095583398101604081905261002e916100f2565b5f61003984826101fe565b50600161004683826101fe565b5060ff16608052506102bc9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610078575f5ffd5b81516001600160401b0381111561009157610091610055565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100bf576100bf610055565b6040528181528382016020018510156100d6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610104575f5ffd5b83516001600160401b03811115610119575f5ffd5b61012586828701610069565b602086015190945090506001600160401b03811115610142575f5ffd5b61014e86828701610069565b925050604084015160ff81168114610164575f5ffd5b809150509250925092565b600181811c9082168061018357607f821691505b6020821081036101a157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101f957828211156101f957805f5260205f20601f840160051c60208510156101d257505f5b90810190601f840160051c035f5b818110156101f5575f838201556001016101e0565b5050505b505050565b81516001600160401b0381111561021757610217610055565b61022b81610225845461016f565b846101a7565b6020601f82116001811461025d575f83156102465750848201515b5f19600385901b1c1916600184901b1784556102b5565b5f84815260208120601f198516915b8281101561028c578785015182556020948501946001909201910161026c565b50848210156102a957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6080516106816102d45f395f61010f01526106815ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461014357806370a082311461015857806395d89b4114610177578063a9059cbb1461017f578063dd62ed3e14610192575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f7578063313ce5671461010a575b5f5ffd5b6100a76101bc565b6040516100b4919061050c565b60405180910390f35b6100d06100cb36600461055c565b610247565b60405190151581526020016100b4565b6100e960025481565b6040519081526020016100b4565b6100d0610105366004610584565b6102b3565b6101317f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016100b4565b61015661015136600461055c565b61036e565b005b6100e96101663660046105be565b60036020525f908152604090205481565b6100a76103f4565b6100d061018d36600461055c565b610401565b6100e96101a03660046105de565b600460209081525f928352604080842090915290825290205481565b5f80546101c89061060f565b80601f01602080910402602001604051908101604052809291908181526020018280546101f49061060f565b801561023f5780601f106102165761010080835404028352916020019161023f565b820191905f5260205f20905b81548152906001019060200180831161022257829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906102a19086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f198114610358578281101561032a5760405162461bcd60e51b81526020600482015260146024820152735465737445524332303a20616c6c6f77616e636560601b60448201526064015b60405180910390fd5b610334838261065b565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b610363858585610416565b506001949350505050565b8060025f82825461037f919061066e565b90915550506001600160a01b0382165f90815260036020526040812080548392906103ab90849061066e565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b600180546101c89061060f565b5f61040d338484610416565b50600192915050565b6001600160a01b0383165f90815260036020526040902054818110156104735760405162461bcd60e51b81526020600482015260126024820152715465737445524332303a2062616c616e636560701b6044820152606401610321565b61047d828261065b565b6001600160a01b038086165f9081526003602052604080822093909355908516815290812080548492906104b290849061066e565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040516104fe91815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610557575f5ffd5b919050565b5f5f6040838503121561056d575f5ffd5b61057683610541565b946020939093013593505050565b5f5f5f60608486031215610596575f5ffd5b61059f84610541565b92506105ad60208501610541565b929592945050506040919091013590565b5f602082840312156105ce575f5ffd5b6105d782610541565b9392505050565b5f5f604083850312156105ef575f5ffd5b6105f883610541565b915061060660208401610541565b90509250929050565b600181811c9082168061062357607f821691505b60208210810361064157634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156102ad576102ad610647565b808201808211156102ad576102ad61064756",
}

// TestERC20 is an auto generated Go binding around an Ethereum contract.
type TestERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestERC20) GetABI() abi.ABI {
	return c.abi
}

// NewTestERC20 creates a new instance of TestERC20.
func NewTestERC20() *TestERC20 {
	parsed, err := TestERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_) returns()
func (testERC20 *TestERC20) PackConstructor(name_ string, symbol_ string, decimals_ uint8) []byte {
	enc, err := testERC20.abi.Pack("", name_, symbol_, decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (testERC20 *TestERC20) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := testERC20.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (testERC20 *TestERC20) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return testERC20.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (testERC20 *TestERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (testERC20 *TestERC20) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (testERC20 *TestERC20) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (testERC20 *TestERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (testERC20 *TestERC20) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := testERC20.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (testERC20 *TestERC20) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return testERC20.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (testERC20 *TestERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) PackDecimals() []byte {
	enc, err := testERC20.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) TryPackDecimals() ([]byte, error) {
	return testERC20.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testERC20.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testERC20 *TestERC20) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testERC20 *TestERC20) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) PackName() []byte {
	enc, err := testERC20.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) TryPackName() ([]byte, error) {
	return testERC20.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) UnpackName(data []byte) (string, error) {
	out, err := testERC20.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) PackSymbol() []byte {
	enc, err := testERC20.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) TryPackSymbol() ([]byte, error) {
	return testERC20.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) UnpackSymbol(data []byte) (string, error) {
	out, err := testERC20.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) PackTotalSupply() []byte {
	enc, err := testERC20.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) TryPackTotalSupply() ([]byte, error) {
	return testERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestERC20Approval represents a Approval event raised by the TestERC20 contract.
type TestERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestERC20Approval) ContractEventName() string {
	return TestERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testERC20 *TestERC20) UnpackApprovalEvent(log *types.Log) (*TestERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestERC20Approval)
	if len(log.Data) > 0 {
		if err := testERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestERC20Transfer represents a Transfer event raised by the TestERC20 contract.
type TestERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestERC20Transfer) ContractEventName() string {
	return TestERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testERC20 *TestERC20) UnpackTransferEvent(log *types.Log) (*TestERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestERC20Transfer)
	if len(log.Data) > 0 {
		if err := testERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestUniswapCallerMetaData contains all meta data concerning the TestUniswapCaller contract.
var TestUniswapCallerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"V2SwapSucceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0Owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Owed\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3MintCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"amountIns\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount0Outs\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount1Outs\",\"type\":\"uint256[]\"}],\"name\":\"v2Probe\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"ok\",\"type\":\"bool[]\"},{\"internalType\":\"bytes[]\",\"name\":\"reasons\",\"type\":\"bytes[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount0Out\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Out\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v2Swap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount0Out\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Out\",\"type\":\"uint256\"}],\"name\":\"v2SwapAndRevert\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v3Burn\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"amount0\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"amount1\",\"type\":\"uint128\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"v3Mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"int256\",\"name\":\"amountSpecified\",\"type\":\"int256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v3Swap\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"amount0\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1\",\"type\":\"int256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TestUniswapCaller",
	Bin: "0x6080604052348015600e575f5ffd5b5061124d8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063dfaf3cef11610058578063dfaf3cef14610103578063f2c741ae14610116578063fa461e3314610149578063fad141171461015c575f5ffd5b8063027bf03714610089578063817f3c0b146100b3578063d3487997146100db578063dd6aaa54146100f0575b5f5ffd5b61009c610097366004610c6c565b61016f565b6040516100aa929190610d5d565b60405180910390f35b6100c66100c1366004610e29565b6103fa565b604080519283526020830191909152016100aa565b6100ee6100e9366004610ebc565b6104bc565b005b6100ee6100fe366004610f0b565b6104ce565b6100ee610111366004610f6e565b6105fc565b610129610124366004610fcf565b610739565b604080516001600160801b039384168152929091166020830152016100aa565b6100ee610157366004610ebc565b61085c565b6100c661016a366004611045565b610884565b60608086858114801561018157508381145b6101d25760405162461bcd60e51b815260206004820152601a60248201527f54657374556e697377617043616c6c65723a206c656e6774687300000000000060448201526064015b60405180910390fd5b8067ffffffffffffffff8111156101eb576101eb61108b565b604051908082528060200260200182016040528015610214578160200160208202803683370190505b5092508067ffffffffffffffff8111156102305761023061108b565b60405190808252806020026020018201604052801561026357816020015b606081526020019060019003908161024e5790505b5091505f5b818110156103eb573063dfaf3cef338e8e8e8e8781811061028b5761028b61109f565b905060200201358d8d888181106102a4576102a461109f565b905060200201358c8c898181106102bd576102bd61109f565b60405160e08a901b6001600160e01b03191681526001600160a01b0398891660048201529688166024880152949096166044860152606485019290925260848401526020909102013560a482015260c40190505f604051808303815f87803b158015610327575f5ffd5b505af1925050508015610338575060015b6103e3573d808015610365576040519150601f19603f3d011682016040523d82523d5f602084013e61036a565b606091505b50805160041480156103945750631b1c98ed60e21b610388826110b3565b6001600160e01b031916145b156103c25760018583815181106103ad576103ad61109f565b911515602092830291909101909101526103e1565b808483815181106103d5576103d561109f565b60200260200101819052505b505b600101610268565b50509850989650505050505050565b5f80546001600160a01b0319166001600160a01b038616908117825560408051336020820152839291633c8a7d8d913091899189918991016040516020818303038152906040526040518663ffffffff1660e01b81526004016104619594939291906110f1565b60408051808303815f875af115801561047c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a0919061113d565b5f80546001600160a01b03191690559097909650945050505050565b6104c884848484610947565b50505050565b6040516323b872dd60e01b81526001600160a01b038616906323b872dd906104fe9033908a90899060040161115f565b6020604051808303815f875af115801561051a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061053e9190611183565b6105835760405162461bcd60e51b815260206004820152601660248201527554657374556e697377617043616c6c65723a2070617960501b60448201526064016101c9565b60405163022c0d9f60e01b815260048101849052602481018390526001600160a01b038281166044830152608060648301525f608483015287169063022c0d9f9060a4015f604051808303815f87803b1580156105de575f5ffd5b505af11580156105f0573d5f5f3e3d5ffd5b50505050505050505050565b6040516323b872dd60e01b81526001600160a01b038516906323b872dd9061062c9089908990889060040161115f565b6020604051808303815f875af1158015610648573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061066c9190611183565b6106b15760405162461bcd60e51b815260206004820152601660248201527554657374556e697377617043616c6c65723a2070617960501b60448201526064016101c9565b60405163022c0d9f60e01b81526004810183905260248101829052306044820152608060648201525f60848201526001600160a01b0386169063022c0d9f9060a4015f604051808303815f87803b15801561070a575f5ffd5b505af115801561071c573d5f5f3e3d5ffd5b50505050604051631b1c98ed60e21b815260040160405180910390fd5b60405163a34123a760e01b8152600285810b600483015284900b60248201526001600160801b03831660448201525f9081906001600160a01b0388169063a34123a79060640160408051808303815f875af115801561079a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107be919061113d565b50506040516309e3d67b60e31b81526001600160a01b038481166004830152600288810b602484015287900b60448301526001600160801b03606483018190526084830152881690634f1eb3d89060a40160408051808303815f875af115801561082a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061084e91906111a5565b909890975095505050505050565b6104c85f851361086c575f61086e565b845b5f851361087b575f61087d565b845b8484610947565b5f80546001600160a01b0319166001600160a01b03871690811782556040805133602082015283929163128acb089186918a918a918a91016040516020818303038152906040526040518663ffffffff1660e01b81526004016108eb9594939291906111dd565b60408051808303815f875af1158015610906573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092a919061113d565b5f80546001600160a01b0319169055909890975095505050505050565b5f546001600160a01b03163314801561096957505f546001600160a01b031615155b6109b55760405162461bcd60e51b815260206004820152601b60248201527f54657374556e697377617043616c6c65723a2063616c6c6261636b000000000060448201526064016101c9565b5f6109c282840184611217565b90508415610ae557336001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a2a9190611232565b6001600160a01b03166323b872dd8233886040518463ffffffff1660e01b8152600401610a599392919061115f565b6020604051808303815f875af1158015610a75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a999190611183565b610ae55760405162461bcd60e51b815260206004820152601760248201527f54657374556e697377617043616c6c65723a207061793000000000000000000060448201526064016101c9565b8315610c0657336001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4b9190611232565b6001600160a01b03166323b872dd8233876040518463ffffffff1660e01b8152600401610b7a9392919061115f565b6020604051808303815f875af1158015610b96573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bba9190611183565b610c065760405162461bcd60e51b815260206004820152601760248201527f54657374556e697377617043616c6c65723a207061793100000000000000000060448201526064016101c9565b5050505050565b6001600160a01b0381168114610c21575f5ffd5b50565b5f5f83601f840112610c34575f5ffd5b50813567ffffffffffffffff811115610c4b575f5ffd5b6020830191508360208260051b8501011115610c65575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f60a0898b031215610c83575f5ffd5b8835610c8e81610c0d565b97506020890135610c9e81610c0d565b9650604089013567ffffffffffffffff811115610cb9575f5ffd5b610cc58b828c01610c24565b909750955050606089013567ffffffffffffffff811115610ce4575f5ffd5b610cf08b828c01610c24565b909550935050608089013567ffffffffffffffff811115610d0f575f5ffd5b610d1b8b828c01610c24565b999c989b5096995094979396929594505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604080825283519082018190525f9060208501906060840190835b81811015610d985783511515835260209384019390920191600101610d78565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b83811015610df157601f19858403018652610ddb838351610d2f565b6020968701969093509190910190600101610dbf565b509098975050505050505050565b8035600281900b8114610e10575f5ffd5b919050565b6001600160801b0381168114610c21575f5ffd5b5f5f5f5f60808587031215610e3c575f5ffd5b8435610e4781610c0d565b9350610e5560208601610dff565b9250610e6360408601610dff565b91506060850135610e7381610e15565b939692955090935050565b5f5f83601f840112610e8e575f5ffd5b50813567ffffffffffffffff811115610ea5575f5ffd5b602083019150836020828501011115610c65575f5ffd5b5f5f5f5f60608587031215610ecf575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610ef3575f5ffd5b610eff87828801610e7e565b95989497509550505050565b5f5f5f5f5f5f60c08789031215610f20575f5ffd5b8635610f2b81610c0d565b95506020870135610f3b81610c0d565b945060408701359350606087013592506080870135915060a0870135610f6081610c0d565b809150509295509295509295565b5f5f5f5f5f5f60c08789031215610f83575f5ffd5b8635610f8e81610c0d565b95506020870135610f9e81610c0d565b94506040870135610fae81610c0d565b959894975094956060810135955060808101359460a0909101359350915050565b5f5f5f5f5f60a08688031215610fe3575f5ffd5b8535610fee81610c0d565b9450610ffc60208701610dff565b935061100a60408701610dff565b9250606086013561101a81610e15565b9150608086013561102a81610c0d565b809150509295509295909350565b8015158114610c21575f5ffd5b5f5f5f5f5f60a08688031215611059575f5ffd5b853561106481610c0d565b9450602086013561107481611038565b935060408601359250606086013561101a81610c0d565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b805160208201516001600160e01b03198116919060048210156110ea576001600160e01b0319600483900360031b81901b82161692505b5050919050565b60018060a01b03861681528460020b60208201528360020b60408201526001600160801b038316606082015260a060808201525f61113260a0830184610d2f565b979650505050505050565b5f5f6040838503121561114e575f5ffd5b505080516020909101519092909150565b6001600160a01b039384168152919092166020820152604081019190915260600190565b5f60208284031215611193575f5ffd5b815161119e81611038565b9392505050565b5f5f604083850312156111b6575f5ffd5b82516111c181610e15565b60208401519092506111d281610e15565b809150509250929050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f9061113290830184610d2f565b5f60208284031215611227575f5ffd5b813561119e81610c0d565b5f60208284031215611242575f5ffd5b815161119e81610c0d56",
}

// TestUniswapCaller is an auto generated Go binding around an Ethereum contract.
type TestUniswapCaller struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestUniswapCaller) GetABI() abi.ABI {
	return c.abi
}

// NewTestUniswapCaller creates a new instance of TestUniswapCaller.
func NewTestUniswapCaller() *TestUniswapCaller {
	parsed, err := TestUniswapCallerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestUniswapCaller{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestUniswapCaller) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes data) returns()
func (testUniswapCaller *TestUniswapCaller) PackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, data []byte) []byte {
	enc, err := testUniswapCaller.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes data) returns()
func (testUniswapCaller *TestUniswapCaller) TryPackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, data []byte) ([]byte, error) {
	return testUniswapCaller.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, data)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (testUniswapCaller *TestUniswapCaller) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) []byte {
	enc, err := testUniswapCaller.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (testUniswapCaller *TestUniswapCaller) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) ([]byte, error) {
	return testUniswapCaller.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
}

// PackV2Probe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x027bf037.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v2Probe(address pair, address tokenIn, uint256[] amountIns, uint256[] amount0Outs, uint256[] amount1Outs) returns(bool[] ok, bytes[] reasons)
func (testUniswapCaller *TestUniswapCaller) PackV2Probe(pair common.Address, tokenIn common.Address, amountIns []*big.Int, amount0Outs []*big.Int, amount1Outs []*big.Int) []byte {
	enc, err := testUniswapCaller.abi.Pack("v2Probe", pair, tokenIn, amountIns, amount0Outs, amount1Outs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV2Probe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x027bf037.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v2Probe(address pair, address tokenIn, uint256[] amountIns, uint256[] amount0Outs, uint256[] amount1Outs) returns(bool[] ok, bytes[] reasons)
func (testUniswapCaller *TestUniswapCaller) TryPackV2Probe(pair common.Address, tokenIn common.Address, amountIns []*big.Int, amount0Outs []*big.Int, amount1Outs []*big.Int) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v2Probe", pair, tokenIn, amountIns, amount0Outs, amount1Outs)
}

// V2ProbeOutput serves as a container for the return parameters of contract
// method V2Probe.
type V2ProbeOutput struct {
	Ok      []bool
	Reasons [][]byte
}

// UnpackV2Probe is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x027bf037.
//
// Solidity: function v2Probe(address pair, address tokenIn, uint256[] amountIns, uint256[] amount0Outs, uint256[] amount1Outs) returns(bool[] ok, bytes[] reasons)
func (testUniswapCaller *TestUniswapCaller) UnpackV2Probe(data []byte) (V2ProbeOutput, error) {
	out, err := testUniswapCaller.abi.Unpack("v2Probe", data)
	outstruct := new(V2ProbeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	outstruct.Reasons = *abi.ConvertType(out[1], new([][]byte)).(*[][]byte)
	return *outstruct, nil
}

// PackV2Swap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd6aaa54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v2Swap(address pair, address tokenIn, uint256 amountIn, uint256 amount0Out, uint256 amount1Out, address to) returns()
func (testUniswapCaller *TestUniswapCaller) PackV2Swap(pair common.Address, tokenIn common.Address, amountIn *big.Int, amount0Out *big.Int, amount1Out *big.Int, to common.Address) []byte {
	enc, err := testUniswapCaller.abi.Pack("v2Swap", pair, tokenIn, amountIn, amount0Out, amount1Out, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV2Swap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd6aaa54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v2Swap(address pair, address tokenIn, uint256 amountIn, uint256 amount0Out, uint256 amount1Out, address to) returns()
func (testUniswapCaller *TestUniswapCaller) TryPackV2Swap(pair common.Address, tokenIn common.Address, amountIn *big.Int, amount0Out *big.Int, amount1Out *big.Int, to common.Address) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v2Swap", pair, tokenIn, amountIn, amount0Out, amount1Out, to)
}

// PackV2SwapAndRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfaf3cef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v2SwapAndRevert(address payer, address pair, address tokenIn, uint256 amountIn, uint256 amount0Out, uint256 amount1Out) returns()
func (testUniswapCaller *TestUniswapCaller) PackV2SwapAndRevert(payer common.Address, pair common.Address, tokenIn common.Address, amountIn *big.Int, amount0Out *big.Int, amount1Out *big.Int) []byte {
	enc, err := testUniswapCaller.abi.Pack("v2SwapAndRevert", payer, pair, tokenIn, amountIn, amount0Out, amount1Out)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV2SwapAndRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfaf3cef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v2SwapAndRevert(address payer, address pair, address tokenIn, uint256 amountIn, uint256 amount0Out, uint256 amount1Out) returns()
func (testUniswapCaller *TestUniswapCaller) TryPackV2SwapAndRevert(payer common.Address, pair common.Address, tokenIn common.Address, amountIn *big.Int, amount0Out *big.Int, amount1Out *big.Int) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v2SwapAndRevert", payer, pair, tokenIn, amountIn, amount0Out, amount1Out)
}

// PackV3Burn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c741ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v3Burn(address pool, int24 tickLower, int24 tickUpper, uint128 amount, address to) returns(uint128 amount0, uint128 amount1)
func (testUniswapCaller *TestUniswapCaller) PackV3Burn(pool common.Address, tickLower *big.Int, tickUpper *big.Int, amount *big.Int, to common.Address) []byte {
	enc, err := testUniswapCaller.abi.Pack("v3Burn", pool, tickLower, tickUpper, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV3Burn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c741ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v3Burn(address pool, int24 tickLower, int24 tickUpper, uint128 amount, address to) returns(uint128 amount0, uint128 amount1)
func (testUniswapCaller *TestUniswapCaller) TryPackV3Burn(pool common.Address, tickLower *big.Int, tickUpper *big.Int, amount *big.Int, to common.Address) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v3Burn", pool, tickLower, tickUpper, amount, to)
}

// V3BurnOutput serves as a container for the return parameters of contract
// method V3Burn.
type V3BurnOutput struct {
	Amount0 *big.Int
	Amount1 *big.Int
}

// UnpackV3Burn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2c741ae.
//
// Solidity: function v3Burn(address pool, int24 tickLower, int24 tickUpper, uint128 amount, address to) returns(uint128 amount0, uint128 amount1)
func (testUniswapCaller *TestUniswapCaller) UnpackV3Burn(data []byte) (V3BurnOutput, error) {
	out, err := testUniswapCaller.abi.Unpack("v3Burn", data)
	outstruct := new(V3BurnOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackV3Mint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817f3c0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v3Mint(address pool, int24 tickLower, int24 tickUpper, uint128 amount) returns(uint256 amount0, uint256 amount1)
func (testUniswapCaller *TestUniswapCaller) PackV3Mint(pool common.Address, tickLower *big.Int, tickUpper *big.Int, amount *big.Int) []byte {
	enc, err := testUniswapCaller.abi.Pack("v3Mint", pool, tickLower, tickUpper, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV3Mint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817f3c0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v3Mint(address pool, int24 tickLower, int24 tickUpper, uint128 amount) returns(uint256 amount0, uint256 amount1)
func (testUniswapCaller *TestUniswapCaller) TryPackV3Mint(pool common.Address, tickLower *big.Int, tickUpper *big.Int, amount *big.Int) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v3Mint", pool, tickLower, tickUpper, amount)
}

// V3MintOutput serves as a container for the return parameters of contract
// method V3Mint.
type V3MintOutput struct {
	Amount0 *big.Int
	Amount1 *big.Int
}

// UnpackV3Mint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817f3c0b.
//
// Solidity: function v3Mint(address pool, int24 tickLower, int24 tickUpper, uint128 amount) returns(uint256 amount0, uint256 amount1)
func (testUniswapCaller *TestUniswapCaller) UnpackV3Mint(data []byte) (V3MintOutput, error) {
	out, err := testUniswapCaller.abi.Unpack("v3Mint", data)
	outstruct := new(V3MintOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackV3Swap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfad14117.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v3Swap(address pool, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, address to) returns(int256 amount0, int256 amount1)
func (testUniswapCaller *TestUniswapCaller) PackV3Swap(pool common.Address, zeroForOne bool, amountSpecified *big.Int, sqrtPriceLimitX96 *big.Int, to common.Address) []byte {
	enc, err := testUniswapCaller.abi.Pack("v3Swap", pool, zeroForOne, amountSpecified, sqrtPriceLimitX96, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV3Swap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfad14117.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v3Swap(address pool, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, address to) returns(int256 amount0, int256 amount1)
func (testUniswapCaller *TestUniswapCaller) TryPackV3Swap(pool common.Address, zeroForOne bool, amountSpecified *big.Int, sqrtPriceLimitX96 *big.Int, to common.Address) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v3Swap", pool, zeroForOne, amountSpecified, sqrtPriceLimitX96, to)
}

// V3SwapOutput serves as a container for the return parameters of contract
// method V3Swap.
type V3SwapOutput struct {
	Amount0 *big.Int
	Amount1 *big.Int
}

// UnpackV3Swap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfad14117.
//
// Solidity: function v3Swap(address pool, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, address to) returns(int256 amount0, int256 amount1)
func (testUniswapCaller *TestUniswapCaller) UnpackV3Swap(data []byte) (V3SwapOutput, error) {
	out, err := testUniswapCaller.abi.Unpack("v3Swap", data)
	outstruct := new(V3SwapOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testUniswapCaller *TestUniswapCaller) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testUniswapCaller.abi.Errors["V2SwapSucceeded"].ID.Bytes()[:4]) {
		return testUniswapCaller.UnpackV2SwapSucceededError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestUniswapCallerV2SwapSucceeded represents a V2SwapSucceeded error raised by the TestUniswapCaller contract.
type TestUniswapCallerV2SwapSucceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error V2SwapSucceeded()
func TestUniswapCallerV2SwapSucceededErrorID() common.Hash {
	return common.HexToHash("0x6c7263b4cecbf50850e1c2204c3bd7c9ba83d37f3af43d75711877fb1ad92d6e")
}

// UnpackV2SwapSucceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error V2SwapSucceeded()
func (testUniswapCaller *TestUniswapCaller) UnpackV2SwapSucceededError(raw []byte) (*TestUniswapCallerV2SwapSucceeded, error) {
	out := new(TestUniswapCallerV2SwapSucceeded)
	if err := testUniswapCaller.abi.UnpackIntoInterface(out, "V2SwapSucceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UniswapV3PoolLensMetaData contains all meta data concerning the UniswapV3PoolLens contract.
var UniswapV3PoolLensMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"from\",\"type\":\"int24\"},{\"internalType\":\"uint256\",\"name\":\"maxTicks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxWords\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"from\",\"type\":\"int24\"},{\"internalType\":\"uint256\",\"name\":\"maxTicks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxWords\",\"type\":\"uint256\"}],\"name\":\"snapshot\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceX96\",\"type\":\"uint160\"},{\"internalType\":\"int24\",\"name\":\"tick\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"liquidity\",\"type\":\"uint128\"},{\"internalType\":\"int24\",\"name\":\"tickSpacing\",\"type\":\"int24\"},{\"internalType\":\"uint24\",\"name\":\"fee\",\"type\":\"uint24\"},{\"internalType\":\"address\",\"name\":\"token0\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token1\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"next\",\"type\":\"int24\"},{\"internalType\":\"bool\",\"name\":\"done\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"int24\",\"name\":\"tick\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"liquidityGross\",\"type\":\"uint128\"},{\"internalType\":\"int128\",\"name\":\"liquidityNet\",\"type\":\"int128\"}],\"internalType\":\"structUniswapV3PoolLens.Tick[]\",\"name\":\"ticks\",\"type\":\"tuple[]\"}],\"internalType\":\"structUniswapV3PoolLens.Snapshot\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "UniswapV3PoolLens",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610b64380380610b6483398101604081905261002e91610690565b5f61003b85858585610064565b60405160200161004b9190610734565b6040516020818303038152906040529050805160208201f35b60408051610160810182525f6020820181905281830181905260608083018290526080830182905260a0830182905260c0830182905260e080840183905261010084018390526101208401929092526101408301524382528251633850c7bd60e01b81529251919287926001600160a01b03841692633850c7bd92600480820193918290030181865afa1580156100fd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101219190610840565b5050505060029190910b6040808601919091526001600160a01b039283166020808701919091528151630d34328160e11b8152915193851693631a68650293506004808401938290030181865afa15801561017e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101a291906108e0565b6001600160801b03166060830152604080516334324e9f60e21b815290516001600160a01b0383169163d0c93a7c9160048083019260209291908290030181865afa1580156101f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102179190610900565b60020b60808301526040805163ddca3f4360e01b815290516001600160a01b0383169163ddca3f439160048083019260209291908290030181865afa158015610262573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102869190610919565b62ffffff1660a083015260408051630dfe168160e01b815290516001600160a01b03831691630dfe16819160048083019260209291908290030181865afa1580156102d3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102f7919061093b565b8260c001906001600160a01b031690816001600160a01b031681525050806001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610350573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610374919061093b565b6001600160a01b031660e083015260808201515f61039682620d89e71961097e565b90506103a682620d89e7196109b6565b60020b156103bc57806103b8816109d7565b9150505b5f6103ca83620d89e861097e565b90505f8260020b8960020b126103e057886103e2565b825b90505f886001600160401b038111156103fd576103fd6109f8565b60405190808252806020026020018201604052801561044657816020015b604080516060810182525f80825260208083018290529282015282525f1990920191018161041b5790505b5090505f5f5b8460020b8460020b1315801561046157508a82105b801561046c57508981105b156106375760405163299ce14b60e11b8152600285900b60081d600181900b6004830152905f9060ff8716906001600160a01b038c1690635339c29690602401602060405180830381865afa1580156104c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104eb9190610a0c565b901c9050826104f981610a23565b9350505b801580159061050b57508c84105b1561060c5760018116156105f7575f6105248a88610a3b565b60405163f30dba9360e01b8152600282900b60048201529091505f9081906001600160a01b038e169063f30dba939060240161010060405180830381865afa158015610572573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105969190610a61565b5050505050509150915060405180606001604052808460020b8152602001836001600160801b0316815260200182600f0b8152508888806105d690610a23565b9950815181106105e8576105e8610b04565b60200260200101819052505050505b60011c8561060481610b18565b9650506104fd565b805f0361063057610621600183810b90610b38565b61062d90610100610a3b565b95505b505061044c565b508152610140870152600290810b610100870181905291900b1261012085015250919695505050505050565b6001600160a01b0381168114610677575f5ffd5b50565b8051600281900b811461068b575f5ffd5b919050565b5f5f5f5f608085870312156106a3575f5ffd5b84516106ae81610663565b93506106bc6020860161067a565b6040860151606090960151949790965092505050565b5f8151808452602084019350602083015f5b8281101561072a578151805160020b87526020808201516001600160801b031681890152604091820151600f0b91880191909152606090960195909101906001016106e4565b5093949350505050565b60208152815160208201525f602083015161075a60408401826001600160a01b03169052565b50604083015161076f606084018260020b9052565b5060608301516001600160801b038116608084015250608083015161079960a084018260020b9052565b5060a083015162ffffff811660c08401525060c08301516001600160a01b03811660e08401525060e08301516001600160a01b038116610100840152506101008301516107ec61012084018260020b9052565b5061012083015180151561014084015250610140830151610160808401526108186101808401826106d2565b949350505050565b805161ffff8116811461068b575f5ffd5b8051801515811461068b575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610856575f5ffd5b875161086181610663565b965061086f6020890161067a565b955061087d60408901610820565b945061088b60608901610820565b935061089960808901610820565b925060a088015160ff811681146108ae575f5ffd5b91506108bc60c08901610831565b905092959891949750929550565b80516001600160801b038116811461068b575f5ffd5b5f602082840312156108f0575f5ffd5b6108f9826108ca565b9392505050565b5f60208284031215610910575f5ffd5b6108f98261067a565b5f60208284031215610929575f5ffd5b815162ffffff811681146108f9575f5ffd5b5f6020828403121561094b575f5ffd5b81516108f981610663565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f8160020b8360020b8061099457610994610956565b627fffff1982145f19821416156109ad576109ad61096a565b90059392505050565b5f8260020b806109c8576109c8610956565b808360020b0791505092915050565b5f8160020b627fffff1981036109ef576109ef61096a565b5f190192915050565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215610a1c575f5ffd5b5051919050565b5f60018201610a3457610a3461096a565b5060010190565b5f8260020b8260020b028060020b9150808214610a5a57610a5a61096a565b5092915050565b5f5f5f5f5f5f5f5f610100898b031215610a79575f5ffd5b610a82896108ca565b9750602089015180600f0b8114610a97575f5ffd5b60408a015160608b015160808c01519299509097509550600681900b8114610abd575f5ffd5b60a08a0151909450610ace81610663565b60c08a015190935063ffffffff81168114610ae7575f5ffd5b9150610af560e08a01610831565b90509295985092959890939650565b634e487b7160e01b5f52603260045260245ffd5b5f8160020b627fffff8103610b2f57610b2f61096a565b60010192915050565b600281810b9083900b01627fffff8113627fffff1982121715610b5d57610b5d61096a565b9291505056fe",
}

// UniswapV3PoolLens is an auto generated Go binding around an Ethereum contract.
type UniswapV3PoolLens struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *UniswapV3PoolLens) GetABI() abi.ABI {
	return c.abi
}

// NewUniswapV3PoolLens creates a new instance of UniswapV3PoolLens.
func NewUniswapV3PoolLens() *UniswapV3PoolLens {
	parsed, err := UniswapV3PoolLensMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &UniswapV3PoolLens{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *UniswapV3PoolLens) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool, int24 from, uint256 maxTicks, uint256 maxWords) returns()
func (uniswapV3PoolLens *UniswapV3PoolLens) PackConstructor(pool common.Address, from *big.Int, maxTicks *big.Int, maxWords *big.Int) []byte {
	enc, err := uniswapV3PoolLens.abi.Pack("", pool, from, maxTicks, maxWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1f348a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshot(address pool, int24 from, uint256 maxTicks, uint256 maxWords) view returns((uint256,uint160,int24,uint128,int24,uint24,address,address,int24,bool,(int24,uint128,int128)[]) s)
func (uniswapV3PoolLens *UniswapV3PoolLens) PackSnapshot(pool common.Address, from *big.Int, maxTicks *big.Int, maxWords *big.Int) []byte {
	enc, err := uniswapV3PoolLens.abi.Pack("snapshot", pool, from, maxTicks, maxWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1f348a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshot(address pool, int24 from, uint256 maxTicks, uint256 maxWords) view returns((uint256,uint160,int24,uint128,int24,uint24,address,address,int24,bool,(int24,uint128,int128)[]) s)
func (uniswapV3PoolLens *UniswapV3PoolLens) TryPackSnapshot(pool common.Address, from *big.Int, maxTicks *big.Int, maxWords *big.Int) ([]byte, error) {
	return uniswapV3PoolLens.abi.Pack("snapshot", pool, from, maxTicks, maxWords)
}

// UnpackSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1f348a6.
//
// Solidity: function snapshot(address pool, int24 from, uint256 maxTicks, uint256 maxWords) view returns((uint256,uint160,int24,uint128,int24,uint24,address,address,int24,bool,(int24,uint128,int128)[]) s)
func (uniswapV3PoolLens *UniswapV3PoolLens) UnpackSnapshot(data []byte) (UniswapV3PoolLensSnapshot, error) {
	out, err := uniswapV3PoolLens.abi.Unpack("snapshot", data)
	if err != nil {
		return *new(UniswapV3PoolLensSnapshot), err
	}
	out0 := *abi.ConvertType(out[0], new(UniswapV3PoolLensSnapshot)).(*UniswapV3PoolLensSnapshot)
	return out0, nil
}
