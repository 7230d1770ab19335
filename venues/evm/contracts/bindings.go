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

// DEXAdapterSwapData is an auto generated low-level Go binding around an user-defined struct.
type DEXAdapterSwapData struct {
	Path     []common.Address
	Fees     []*big.Int
	Pool     common.Address
	Exchange uint8
}

// IPoolLogicComplexAsset is an auto generated low-level Go binding around an user-defined struct.
type IPoolLogicComplexAsset struct {
	SupportedAsset    common.Address
	WithdrawData      []byte
	SlippageTolerance *big.Int
}

// IndexFlashMintLeveragedTokenData is an auto generated low-level Go binding around an user-defined struct.
type IndexFlashMintLeveragedTokenData struct {
	CollateralAToken common.Address
	CollateralToken  common.Address
	CollateralAmount *big.Int
	DebtToken        common.Address
	DebtAmount       *big.Int
}

// IndexLeverageExtensionIncentiveSettings is an auto generated low-level Go binding around an user-defined struct.
type IndexLeverageExtensionIncentiveSettings struct {
	EtherReward                    *big.Int
	IncentivizedLeverageRatio      *big.Int
	IncentivizedSlippageTolerance  *big.Int
	IncentivizedTwapCooldownPeriod *big.Int
}

// IndexLeverageExtensionMethodologySettings is an auto generated low-level Go binding around an user-defined struct.
type IndexLeverageExtensionMethodologySettings struct {
	TargetLeverageRatio *big.Int
	MinLeverageRatio    *big.Int
	MaxLeverageRatio    *big.Int
	RecenteringSpeed    *big.Int
	RebalanceInterval   *big.Int
}

// IndexStreamingFeeModuleFeeState is an auto generated low-level Go binding around an user-defined struct.
type IndexStreamingFeeModuleFeeState struct {
	FeeRecipient              common.Address
	MaxStreamingFeePercentage *big.Int
	StreamingFeePercentage    *big.Int
	LastStreamingFeeTimestamp *big.Int
}

// TorosPoolLogicWithdrawnAsset is an auto generated low-level Go binding around an user-defined struct.
type TorosPoolLogicWithdrawnAsset struct {
	Asset                     common.Address
	Amount                    *big.Int
	ExternalWithdrawProcessed bool
}

// TorosPoolManagerLogicAsset is an auto generated low-level Go binding around an user-defined struct.
type TorosPoolManagerLogicAsset struct {
	Asset     common.Address
	IsDeposit bool
}

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

// DEXAdapterMetaData contains all meta data concerning the DEXAdapter contract.
var DEXAdapterMetaData = bind.MetaData{
	ABI: "[]",
	ID:  "DEXAdapter",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// DEXAdapter is an auto generated Go binding around an Ethereum contract.
type DEXAdapter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DEXAdapter) GetABI() abi.ABI {
	return c.abi
}

// NewDEXAdapter creates a new instance of DEXAdapter.
func NewDEXAdapter() *DEXAdapter {
	parsed, err := DEXAdapterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DEXAdapter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DEXAdapter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// IPoolLogicMetaData contains all meta data concerning the IPoolLogic contract.
var IPoolLogicMetaData = bind.MetaData{
	ABI: "[]",
	ID:  "IPoolLogic",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// IPoolLogic is an auto generated Go binding around an Ethereum contract.
type IPoolLogic struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IPoolLogic) GetABI() abi.ABI {
	return c.abi
}

// NewIPoolLogic creates a new instance of IPoolLogic.
func NewIPoolLogic() *IPoolLogic {
	parsed, err := IPoolLogicMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IPoolLogic{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IPoolLogic) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// IndexCoopExecIssuerMetaData contains all meta data concerning the IndexCoopExecIssuer contract.
var IndexCoopExecIssuerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"flashMint_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"setToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"quoteToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"Slippage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenCall\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralAdded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtAdded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralRemoved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtRepaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"collateralToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"debtIssuanceModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"flashMint\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pair\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quoteToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minQuoteOut\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IndexCoopExecIssuer",
	Bin: "0x610140604052348015610010575f5ffd5b50604051611c84380380611c8483398101604081905261002f91610155565b6001600160a01b0384166080819052604080516357b7910560e11b8152905163af6f220a916004808201926020929091908290030181865afa158015610077573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009b91906101a6565b6001600160a01b031660a0816001600160a01b031681525050836001600160a01b031663a8aa1b316040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100f0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061011491906101a6565b6001600160a01b0390811660c05292831660e052908216610100521661012052506101c6565b80516001600160a01b0381168114610150575f5ffd5b919050565b5f5f5f5f60808587031215610168575f5ffd5b6101718561013a565b935061017f6020860161013a565b925061018d6040860161013a565b915061019b6060860161013a565b905092959194509250565b5f602082840312156101b6575f5ffd5b6101bf8261013a565b9392505050565b60805160a05160c05160e051610100516101205161193d6103475f395f81816101b10152818161045d015281816104a701528181610a1e0152610a6801525f818160d501528181610277015281816104380152818161047e015281816104c8015281816105b70152818161065401528181610861015281816108f60152818161095d015281816109d8015281816109fd01528181610a4701528181610b1701528181610b6101528181610bf2015261137601525f81816101fe0152818161022201528181610300015281816103920152818161041601528181610577015281816106be015281816109b601528181610c3901528181610cee01528181610e50015281816110af015261121801525f8181610163015281816112f101526113a001525f818161018a015281816106f801528181610d2901528181610e8c015281816110ea015261125501525f818161013c01528181610360015281816103e7015281816105450152818161092b015281816109870152610ae5015261193d5ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c8063af6f220a1161006e578063af6f220a14610185578063b2016bd4146101ac578063b3d7f6b9146101d3578063e7d3fe6b146101e6578063ed9cf58c146101f9578063fc0c546a14610220575f5ffd5b8063049104e5146100aa578063217a4b70146100d05780634cdad5061461010f57806393900d6b14610137578063a8aa1b311461015e575b5f5ffd5b6100bd6100b836600461147b565b610246565b6040519081526020015b60405180910390f35b6100f77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100c7565b61012261011d3660046114b1565b6107e3565b604080519283526020830191909152016100c7565b6100f77f000000000000000000000000000000000000000000000000000000000000000081565b6100f77f000000000000000000000000000000000000000000000000000000000000000081565b6100f77f000000000000000000000000000000000000000000000000000000000000000081565b6100f77f000000000000000000000000000000000000000000000000000000000000000081565b6101226101e13660046114b1565b6107fa565b6100bd6101f436600461147b565b610805565b6100f77f000000000000000000000000000000000000000000000000000000000000000081565b7f00000000000000000000000000000000000000000000000000000000000000006100f7565b5f5f5f61025286610cd7565b6040516370a0823160e01b815230600482015291955093505f92506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691506370a0823190602401602060405180830381865afa1580156102bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102e191906114c8565b60405133602482015230604482015260648101899052909150610353907f0000000000000000000000000000000000000000000000000000000000000000906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052610f30565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166024820152604481018890526103e5907f0000000000000000000000000000000000000000000000000000000000000000906064015b60408051601f198184030181529190526020810180516001600160e01b031663095ea7b360e01b179052610f30565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663590c81c57f0000000000000000000000000000000000000000000000000000000000000000897f00000000000000000000000000000000000000000000000000000000000000008a6104a27f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610fda565b6104ec7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610fda565b6040518763ffffffff1660e01b815260040161050d969594939291906115bb565b5f604051808303815f87803b158015610524575f5ffd5b505af1158015610536573d5f5f3e3d5ffd5b50506040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660248201525f60448201526105a092507f000000000000000000000000000000000000000000000000000000000000000091506064016103b6565b6040516370a0823160e01b815230600482015281907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610604573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061062891906114c8565b6106329190611627565b6040516001600160a01b0387166024820152604481018290529094506106a7907f0000000000000000000000000000000000000000000000000000000000000000906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052610f30565b604051638dda403760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018990525f604483018190529182917f00000000000000000000000000000000000000000000000000000000000000001690638dda403790606401606060405180830381865afa15801561073d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107619190611640565b5090925090506001600160a01b038716337f347ee37487f7d4fe0b4d3777823c6a71c110e3df43f4f3d35356cf6909e9abdb8b88888b886107a2898361166b565b6107ac9190611682565b604080519586526020860194909452928401919091526060830152608082015260a00160405180910390a350505050509392505050565b5f5f6107ee83610cd7565b50919590945092505050565b5f5f6107ee83611098565b5f5f5f5f5f61081388611098565b93509350935093508684111561084a576040516313a30a9560e11b8152600481018590526024810188905260440160405180910390fd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156108ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108d291906114c8565b9050841561091e576040513360248201523060448201526064810186905261091e907f000000000000000000000000000000000000000000000000000000000000000090608401610324565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016602482015260448101869052610985907f0000000000000000000000000000000000000000000000000000000000000000906064016103b6565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d1d719ef7f00000000000000000000000000000000000000000000000000000000000000008b7f000000000000000000000000000000000000000000000000000000000000000089610a427f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610fda565b610a8c7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610fda565b6040518763ffffffff1660e01b8152600401610aad969594939291906115bb565b5f604051808303815f87803b158015610ac4575f5ffd5b505af1158015610ad6573d5f5f3e3d5ffd5b50506040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660248201525f6044820152610b4092507f000000000000000000000000000000000000000000000000000000000000000091506064016103b6565b6040516370a0823160e01b81523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610ba6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bca91906114c8565b610bd49190611627565b90508015610c1a5760405133602482015260448101829052610c1a907f000000000000000000000000000000000000000000000000000000000000000090606401610678565b6040516001600160a01b0389166024820152604481018b9052610c61907f000000000000000000000000000000000000000000000000000000000000000090606401610678565b610c6b8187611627565b604080518c81526020810187905290810185905260608101829052608081018790529097506001600160a01b0389169033907fff1b99c8afce899f46662ffc7045877162dd660b4cacca896efb18ce5e64c3fa9060a00160405180910390a35050505050509392505050565b6040516335c729db60e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390525f91829182918291829182917f00000000000000000000000000000000000000000000000000000000000000001690636b8e53b6906044015f60405180830381865afa158015610d6d573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610d949190810190611773565b9250925050815f81518110610dab57610dab611863565b602002602001015181600181518110610dc657610dc6611863565b602002602001015180945081955050505f5f610de06112eb565b90925090505f610df2876103e561166b565b90505f81610e02846103e861166b565b610e0c9190611877565b610e16858461166b565b610e209190611682565b9050868111610e2f575f610e39565b610e398782611627565b604051638dda403760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018e90525f60448301819052929c5082917f000000000000000000000000000000000000000000000000000000000000000090911690638dda403790606401606060405180830381865afa158015610ed3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ef79190611640565b5091509150815f14610f1d5781610f0e828e61166b565b610f189190611682565b610f1f565b5f5b9a5050505050505050509193509193565b5f5f836001600160a01b031683604051610f4a919061188a565b5f604051808303815f865af19150503d805f8114610f83576040519150601f19603f3d011682016040523d82523d5f602084013e610f88565b606091505b5091509150811580610fb657505f8151118015610fb6575080806020019051810190610fb491906118a0565b155b15610fd457604051632e97737760e21b815260040160405180910390fd5b50505050565b60408051608081018252606080825260208083018290525f838501819052828401528351600280825292810185529293908301908036833750505080825280518491905f9061102b5761102b611863565b60200260200101906001600160a01b031690816001600160a01b03168152505081815f015160018151811061106257611062611863565b6001600160a01b0392909216602092830291909101820152604080515f8152808301909152908201526002606082015292915050565b60405163131e26b960e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390525f91829182918291829182917f0000000000000000000000000000000000000000000000000000000000000000169063131e26b9906044015f60405180830381865afa15801561112e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526111559190810190611773565b9250925050815f8151811061116c5761116c611863565b60200260200101518160018151811061118757611187611863565b602002602001015180945081955050505f5f6111a16112eb565b90925090505f6111b18783611627565b6111bd906103e561166b565b6111c7888561166b565b6111d3906103e861166b565b6111dd9190611682565b6111e8906001611877565b90508581116111f7575f611201565b6112018682611627565b604051638dda403760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018d905260016044830152919a505f9182917f000000000000000000000000000000000000000000000000000000000000000090911690638dda403790606401606060405180830381865afa15801561129c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112c09190611640565b509092509050816112d1828d61166b565b6112db9190611682565b9950505050505050509193509193565b5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa15801561134b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061136f91906118e1565b50915091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156113fa573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061141e9190611922565b6001600160a01b03161461144557806001600160701b0316826001600160701b031661145a565b816001600160701b0316816001600160701b03165b9350935050509091565b6001600160a01b0381168114611478575f5ffd5b50565b5f5f5f6060848603121561148d575f5ffd5b833592506020840135915060408401356114a681611464565b809150509250925092565b5f602082840312156114c1575f5ffd5b5035919050565b5f602082840312156114d8575f5ffd5b5051919050565b5f8151808452602084019350602083015f5b8281101561151457815162ffffff168652602095860195909101906001016114f1565b5093949350505050565b8051608080845281519084018190525f9160200190829060a08601905b808310156115665783516001600160a01b03168252602093840193600193909301929091019061153b565b5060208501519250858103602087015261158081846114df565b92505050604083015161159e60408601826001600160a01b03169052565b5060608301516115b3606086018260ff169052565b509392505050565b6001600160a01b03878116825260208201879052851660408201526060810184905260c0608082018190525f906115f49083018561151e565b82810360a0840152611606818561151e565b9998505050505050505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561163a5761163a611613565b92915050565b5f5f5f60608486031215611652575f5ffd5b5050815160208301516040909301519094929350919050565b808202811582820484141761163a5761163a611613565b5f8261169c57634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff811182821017156116de576116de6116a1565b604052919050565b5f67ffffffffffffffff8211156116ff576116ff6116a1565b5060051b60200190565b5f82601f830112611718575f5ffd5b815161172b611726826116e6565b6116b5565b8082825260208201915060208360051b86010192508583111561174c575f5ffd5b602085015b83811015611769578051835260209283019201611751565b5095945050505050565b5f5f5f60608486031215611785575f5ffd5b835167ffffffffffffffff81111561179b575f5ffd5b8401601f810186136117ab575f5ffd5b80516117b9611726826116e6565b8082825260208201915060208360051b8501019250888311156117da575f5ffd5b6020840193505b828410156118055783516117f481611464565b8252602093840193909101906117e1565b80965050505050602084015167ffffffffffffffff811115611825575f5ffd5b61183186828701611709565b925050604084015167ffffffffffffffff81111561184d575f5ffd5b61185986828701611709565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561163a5761163a611613565b5f82518060208501845e5f920191825250919050565b5f602082840312156118b0575f5ffd5b815180151581146118bf575f5ffd5b9392505050565b80516001600160701b03811681146118dc575f5ffd5b919050565b5f5f5f606084860312156118f3575f5ffd5b6118fc846118c6565b925061190a602085016118c6565b9150604084015163ffffffff811681146114a6575f5ffd5b5f60208284031215611932575f5ffd5b81516118bf8161146456",
}

// IndexCoopExecIssuer is an auto generated Go binding around an Ethereum contract.
type IndexCoopExecIssuer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexCoopExecIssuer) GetABI() abi.ABI {
	return c.abi
}

// NewIndexCoopExecIssuer creates a new instance of IndexCoopExecIssuer.
func NewIndexCoopExecIssuer() *IndexCoopExecIssuer {
	parsed, err := IndexCoopExecIssuerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexCoopExecIssuer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexCoopExecIssuer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address flashMint_, address setToken_, address quoteToken_, address collateralToken_) returns()
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackConstructor(flashMint_ common.Address, setToken_ common.Address, quoteToken_ common.Address, collateralToken_ common.Address) []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("", flashMint_, setToken_, quoteToken_, collateralToken_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackCollateralToken() []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("collateralToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackCollateralToken() ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("collateralToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDebtIssuanceModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6f220a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debtIssuanceModule() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackDebtIssuanceModule() []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("debtIssuanceModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtIssuanceModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6f220a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtIssuanceModule() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackDebtIssuanceModule() ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("debtIssuanceModule")
}

// UnpackDebtIssuanceModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf6f220a.
//
// Solidity: function debtIssuanceModule() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackDebtIssuanceModule(data []byte) (common.Address, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("debtIssuanceModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFlashMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93900d6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashMint() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackFlashMint() []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("flashMint")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93900d6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashMint() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackFlashMint() ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("flashMint")
}

// UnpackFlashMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93900d6b.
//
// Solidity: function flashMint() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackFlashMint(data []byte) (common.Address, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("flashMint", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d3fe6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackMint(quantity *big.Int, maxQuoteIn *big.Int, to common.Address) []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("mint", quantity, maxQuoteIn, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d3fe6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackMint(quantity *big.Int, maxQuoteIn *big.Int, to common.Address) ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("mint", quantity, maxQuoteIn, to)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7d3fe6b.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackMint(data []byte) (*big.Int, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8aa1b31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pair() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackPair() []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("pair")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8aa1b31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pair() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackPair() ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("pair")
}

// UnpackPair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8aa1b31.
//
// Solidity: function pair() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackPair(data []byte) (common.Address, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("pair", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackPreviewMint(quantity *big.Int) []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("previewMint", quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackPreviewMint(quantity *big.Int) ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("previewMint", quantity)
}

// IndexCoopExecIssuerPreviewMintOutput serves as a container for the return parameters of contract
// method PreviewMint.
type IndexCoopExecIssuerPreviewMintOutput struct {
	QuoteIn *big.Int
	Fee     *big.Int
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackPreviewMint(data []byte) (IndexCoopExecIssuerPreviewMintOutput, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("previewMint", data)
	outstruct := new(IndexCoopExecIssuerPreviewMintOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.QuoteIn = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackPreviewRedeem(quantity *big.Int) []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("previewRedeem", quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackPreviewRedeem(quantity *big.Int) ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("previewRedeem", quantity)
}

// IndexCoopExecIssuerPreviewRedeemOutput serves as a container for the return parameters of contract
// method PreviewRedeem.
type IndexCoopExecIssuerPreviewRedeemOutput struct {
	QuoteOut *big.Int
	Fee      *big.Int
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackPreviewRedeem(data []byte) (IndexCoopExecIssuerPreviewRedeemOutput, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("previewRedeem", data)
	outstruct := new(IndexCoopExecIssuerPreviewRedeemOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.QuoteOut = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackQuoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217a4b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackQuoteToken() []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("quoteToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217a4b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackQuoteToken() ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("quoteToken")
}

// UnpackQuoteToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x217a4b70.
//
// Solidity: function quoteToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackQuoteToken(data []byte) (common.Address, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("quoteToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049104e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackRedeem(quantity *big.Int, minQuoteOut *big.Int, to common.Address) []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("redeem", quantity, minQuoteOut, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049104e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackRedeem(quantity *big.Int, minQuoteOut *big.Int, to common.Address) ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("redeem", quantity, minQuoteOut, to)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x049104e5.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed9cf58c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackSetToken() []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("setToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed9cf58c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackSetToken() ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("setToken")
}

// UnpackSetToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed9cf58c.
//
// Solidity: function setToken() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackSetToken(data []byte) (common.Address, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("setToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) PackToken() []byte {
	enc, err := indexCoopExecIssuer.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) TryPackToken() ([]byte, error) {
	return indexCoopExecIssuer.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackToken(data []byte) (common.Address, error) {
	out, err := indexCoopExecIssuer.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// IndexCoopExecIssuerMinted represents a Minted event raised by the IndexCoopExecIssuer contract.
type IndexCoopExecIssuerMinted struct {
	Payer           common.Address
	To              common.Address
	Quantity        *big.Int
	CollateralAdded *big.Int
	DebtAdded       *big.Int
	QuoteIn         *big.Int
	Fee             *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const IndexCoopExecIssuerMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (IndexCoopExecIssuerMinted) ContractEventName() string {
	return IndexCoopExecIssuerMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(address indexed payer, address indexed to, uint256 quantity, uint256 collateralAdded, uint256 debtAdded, uint256 quoteIn, uint256 fee)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackMintedEvent(log *types.Log) (*IndexCoopExecIssuerMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexCoopExecIssuer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexCoopExecIssuerMinted)
	if len(log.Data) > 0 {
		if err := indexCoopExecIssuer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexCoopExecIssuer.abi.Events[event].Inputs {
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

// IndexCoopExecIssuerRedeemed represents a Redeemed event raised by the IndexCoopExecIssuer contract.
type IndexCoopExecIssuerRedeemed struct {
	Holder            common.Address
	To                common.Address
	Quantity          *big.Int
	CollateralRemoved *big.Int
	DebtRepaid        *big.Int
	QuoteOut          *big.Int
	Fee               *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const IndexCoopExecIssuerRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (IndexCoopExecIssuerRedeemed) ContractEventName() string {
	return IndexCoopExecIssuerRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed holder, address indexed to, uint256 quantity, uint256 collateralRemoved, uint256 debtRepaid, uint256 quoteOut, uint256 fee)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackRedeemedEvent(log *types.Log) (*IndexCoopExecIssuerRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexCoopExecIssuer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexCoopExecIssuerRedeemed)
	if len(log.Data) > 0 {
		if err := indexCoopExecIssuer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexCoopExecIssuer.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexCoopExecIssuer.abi.Errors["Slippage"].ID.Bytes()[:4]) {
		return indexCoopExecIssuer.UnpackSlippageError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexCoopExecIssuer.abi.Errors["TokenCall"].ID.Bytes()[:4]) {
		return indexCoopExecIssuer.UnpackTokenCallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexCoopExecIssuerSlippage represents a Slippage error raised by the IndexCoopExecIssuer contract.
type IndexCoopExecIssuerSlippage struct {
	Amount *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slippage(uint256 amount, uint256 limit)
func IndexCoopExecIssuerSlippageErrorID() common.Hash {
	return common.HexToHash("0x2746152a4b5a8cbfa74a83d42c54b637196958aade7f0d4cb312a6b5919d94f8")
}

// UnpackSlippageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slippage(uint256 amount, uint256 limit)
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackSlippageError(raw []byte) (*IndexCoopExecIssuerSlippage, error) {
	out := new(IndexCoopExecIssuerSlippage)
	if err := indexCoopExecIssuer.abi.UnpackIntoInterface(out, "Slippage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexCoopExecIssuerTokenCall represents a TokenCall error raised by the IndexCoopExecIssuer contract.
type IndexCoopExecIssuerTokenCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenCall()
func IndexCoopExecIssuerTokenCallErrorID() common.Hash {
	return common.HexToHash("0xba5dcddcf9afffe9ec685a5d2e4023a0d5d5133f91394d6f25666103740325c6")
}

// UnpackTokenCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenCall()
func (indexCoopExecIssuer *IndexCoopExecIssuer) UnpackTokenCallError(raw []byte) (*IndexCoopExecIssuerTokenCall, error) {
	out := new(IndexCoopExecIssuerTokenCall)
	if err := indexCoopExecIssuer.abi.UnpackIntoInterface(out, "TokenCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexDebtIssuanceModuleMetaData contains all meta data concerning the IndexDebtIssuanceModule contract.
var IndexDebtIssuanceModuleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"BadFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyManager\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenTransfer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroQuantity\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_newIssueFee\",\"type\":\"uint256\"}],\"name\":\"IssueFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_newRedeemFee\",\"type\":\"uint256\"}],\"name\":\"RedeemFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_issuer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_hookContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_managerFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_protocolFee\",\"type\":\"uint256\"}],\"name\":\"SetTokenIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_redeemer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_managerFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_protocolFee\",\"type\":\"uint256\"}],\"name\":\"SetTokenRedeemed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"_isIssue\",\"type\":\"bool\"}],\"name\":\"calculateTotalFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"totalQuantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"managerFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"protocolFee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"}],\"name\":\"getRequiredComponentIssuanceUnits\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"}],\"name\":\"getRequiredComponentRedemptionUnits\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_maxManagerFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_managerIssueFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_managerRedeemFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"_feeRecipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_managerIssuanceHook\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"issuanceSettings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"maxManagerFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"managerIssueFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"managerRedeemFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"managerIssuanceHook\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"}],\"name\":\"issue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_newIssueFee\",\"type\":\"uint256\"}],\"name\":\"updateIssueFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_newRedeemFee\",\"type\":\"uint256\"}],\"name\":\"updateRedeemFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IndexDebtIssuanceModule",
	Bin: "0x6080604052348015600e575f5ffd5b5061176b8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c80636dd86aa9116100635780636dd86aa9146100fa5780638dda40371461010d578063bf9fe1381461013b578063cb38b2231461014e578063cd3c753914610161575f5ffd5b8063131e26b9146100945780635c833bfd146100bf5780636b8e53b6146100d45780636d78f47a146100e7575b5f5ffd5b6100a76100a236600461137a565b6101dd565b6040516100b6939291906113de565b60405180910390f35b6100d26100cd366004611453565b61020d565b005b6100a76100e236600461137a565b6105d6565b6100d26100f5366004611453565b6105f6565b6100d261010836600461137a565b61091b565b61012061011b36600461149f565b610a3a565b604080519384526020840192909252908201526060016100b6565b6100d26101493660046114d3565b610ab6565b6100d261015c36600461137a565b610c6c565b6101a961016f366004611536565b5f60208190529081526040902080546001820154600283015460038401546004909401549293919290916001600160a01b03908116911685565b604080519586526020860194909452928401919091526001600160a01b03908116606084015216608082015260a0016100b6565b60608060605f6101ef86866001610a3a565b505090506101ff86826001610d82565b935093509350509250925092565b6001600160a01b0383165f9081526001602052604090205460ff16610245576040516321c4e35760e21b815260040160405180910390fd5b815f036102655760405163f4f5b73360e01b815260040160405180910390fd5b5f5f5f61027386865f610a3a565b9250925092505f5f5f61028789875f610d82565b604051632770a7eb60e21b8152336004820152602481018c905292955090935091506001600160a01b038a1690639dc29fac906044015f604051808303815f87803b1580156102d4575f5ffd5b505af11580156102e6573d5f5f3e3d5ffd5b5050505061032a8360018151811061030057610300611558565b602002602001015133308460018151811061031d5761031d611558565b602002602001015161113b565b886001600160a01b031663f8d898986040518163ffffffff1660e01b8152600401602060405180830381865afa158015610366573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061038a919061156c565b6001600160a01b0316639dc29fac8a836001815181106103ac576103ac611558565b60200260200101516040518363ffffffff1660e01b81526004016103e59291906001600160a01b03929092168252602082015260400190565b5f604051808303815f87803b1580156103fc575f5ffd5b505af115801561040e573d5f5f3e3d5ffd5b50505050886001600160a01b0316638f6f0332845f8151811061043357610433611558565b60200260200101515f8a865f8151811061044f5761044f611558565b60209081029190910101516040516001600160a01b039092166024830152604482015260640160408051601f198184030181529181526020820180516001600160e01b031663a9059cbb60e01b179052516001600160e01b031960e086901b1681526104c093929190600401611587565b5f604051808303815f875af11580156104db573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261050291908101906115e6565b508415610579576001600160a01b038981165f81815260208190526040908190206003015490516340c10f1960e01b81529216600483015260248201879052906340c10f19906044015f604051808303815f87803b158015610562575f5ffd5b505af1158015610574573d5f5f3e3d5ffd5b505050505b60408051898152602081018790529081018590526001600160a01b038089169133918c16907f54f4ed50e49638053e1655b45ee7ece434edd150e6771ac0aaedb8355be13a339060600160405180910390a4505050505050505050565b60608060605f6105e786865f610a3a565b505090506101ff86825f610d82565b6001600160a01b0383165f9081526001602052604090205460ff1661062e576040516321c4e35760e21b815260040160405180910390fd5b815f0361064e5760405163f4f5b73360e01b815260040160405180910390fd5b5f5f5f61065d86866001610a3a565b9250925092505f5f5f61067289876001610d82565b9250925092506106a9835f8151811061068d5761068d611558565b6020026020010151338b855f8151811061031d5761031d611558565b886001600160a01b031663f8d898986040518163ffffffff1660e01b8152600401602060405180830381865afa1580156106e5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610709919061156c565b6001600160a01b03166340c10f198a8360018151811061072b5761072b611558565b60200260200101516040518363ffffffff1660e01b81526004016107649291906001600160a01b03929092168252602082015260400190565b5f604051808303815f87803b15801561077b575f5ffd5b505af115801561078d573d5f5f3e3d5ffd5b505050506107d0836001815181106107a7576107a7611558565b602002602001015133836001815181106107c3576107c3611558565b6020026020010151611235565b6001600160a01b0389165f90815260208190526040902085156108515760038101546040516340c10f1960e01b81526001600160a01b03918216600482015260248101889052908b16906340c10f19906044015f604051808303815f87803b15801561083a575f5ffd5b505af115801561084c573d5f5f3e3d5ffd5b505050505b6040516340c10f1960e01b81526001600160a01b038981166004830152602482018b90528b16906340c10f19906044015f604051808303815f87803b158015610898575f5ffd5b505af11580156108aa573d5f5f3e3d5ffd5b505050506004810154604080516001600160a01b039283168152602081018c905290810188905260608101879052898216913391908d16907f1abc43bc3dd8b6c8bb9bcf1a14a84f83981bf5335700ef07758efefcb03a8c759060800160405180910390a450505050505050505050565b81806001600160a01b031663481c6a756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610958573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061097c919061156c565b6001600160a01b0316336001600160a01b0316146109ad5760405163605919ad60e11b815260040160405180910390fd5b6001600160a01b0383165f908152602081905260409020548211156109e55760405163917f1a5360e01b815260040160405180910390fd5b6001600160a01b0383165f818152602081815260409182902060020185905590518481527f676eda176d6aa20e9aa09b9ee131487c90646cd2b951176f75bd6fccdc02617791015b60405180910390a2505050565b6001600160a01b0383165f90815260208190526040812081908190670de0b6b3a764000085610a6d578160020154610a73565b81600101545b610a7d90886116ad565b610a8791906116c4565b925084610a9d57610a9883876116e3565b610aa7565b610aa783876116f6565b93505f91505093509350939050565b85806001600160a01b031663481c6a756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610af3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b17919061156c565b6001600160a01b0316336001600160a01b031614610b485760405163605919ad60e11b815260040160405180910390fd5b85851180610b5557508584115b80610b675750670de0b6b3a764000086115b15610b855760405163917f1a5360e01b815260040160405180910390fd5b6040805160a08101825287815260208082018881528284018881526001600160a01b0380891660608601908152888216608087019081528e83165f8181528088528981209851895595516001808a01919091559451600289015591516003880180549185166001600160a01b03199283161790559051600497880180549190941691161790915592819052848220805460ff1916909117905583516307ff078f60e11b815293519193630ffe0f1e93818101939182900301818387803b158015610c4d575f5ffd5b505af1158015610c5f573d5f5f3e3d5ffd5b5050505050505050505050565b81806001600160a01b031663481c6a756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ca9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ccd919061156c565b6001600160a01b0316336001600160a01b031614610cfe5760405163605919ad60e11b815260040160405180910390fd5b6001600160a01b0383165f90815260208190526040902054821115610d365760405163917f1a5360e01b815260040160405180910390fd5b6001600160a01b0383165f818152602081815260409182902060010185905590518481527fd1de57b1db6a29967f337d6f744b7811624dabf2be924c65708336a81678d0779101610a2d565b6040805160028082526060808301845292839283928892602083019080368337019050509350806001600160a01b03166303d919dd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610de4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e08919061156c565b845f81518110610e1a57610e1a611558565b60200260200101906001600160a01b031690816001600160a01b031681525050806001600160a01b031663a919802d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e76573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e9a919061156c565b84600181518110610ead57610ead611558565b60200260200101906001600160a01b031690816001600160a01b0316815250505f816001600160a01b03166366cb8d2f865f81518110610eef57610eef611558565b60200260200101516040518263ffffffff1660e01b8152600401610f2291906001600160a01b0391909116815260200190565b602060405180830381865afa158015610f3d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f619190611709565b90505f826001600160a01b03166322ebeba487600181518110610f8657610f86611558565b60209081029190910101516040516001600160e01b031960e084901b1681526001600160a01b039091166004820152306024820152604401602060405180830381865afa158015610fd9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ffd9190611709565b61100690611720565b6040805160028082526060820183529293509190602083019080368337505060408051600280825260608201835293985092915060208301908036833701905050935086156110c85761106a61105c89846116ad565b670de0b6b3a764000061132b565b855f8151811061107c5761107c611558565b6020908102919091010152670de0b6b3a764000061109a89836116ad565b6110a491906116c4565b846001815181106110b7576110b7611558565b60200260200101818152505061112f565b670de0b6b3a76400006110db89846116ad565b6110e591906116c4565b855f815181106110f7576110f7611558565b602090810291909101015261110f61105c89836116ad565b8460018151811061112257611122611558565b6020026020010181815250505b50505093509350939050565b801561122f576040516001600160a01b0384811660248301528381166044830152606482018390525f91829187169060840160408051601f198184030181529181526020820180516001600160e01b03166323b872dd60e01b179052516111a2919061173a565b5f604051808303815f865af19150503d805f81146111db576040519150601f19603f3d011682016040523d82523d5f602084013e6111e0565b606091505b509150915081158061120e57505f815111801561120e57508080602001905181019061120c9190611750565b155b1561122c57604051633acb3d3f60e21b815260040160405180910390fd5b50505b50505050565b805f0361124157505050565b6040516001600160a01b038381166024830152604482018390525f91829186169060640160408051601f198184030181529181526020820180516001600160e01b031663a9059cbb60e01b1790525161129a919061173a565b5f604051808303815f865af19150503d805f81146112d3576040519150601f19603f3d011682016040523d82523d5f602084013e6112d8565b606091505b509150915081158061130657505f81511180156113065750808060200190518101906113049190611750565b155b1561132457604051633acb3d3f60e21b815260040160405180910390fd5b5050505050565b5f8215611358578161133e6001856116e3565b61134891906116c4565b6113539060016116f6565b61135a565b5f5b90505b92915050565b6001600160a01b0381168114611377575f5ffd5b50565b5f5f6040838503121561138b575f5ffd5b823561139681611363565b946020939093013593505050565b5f8151808452602084019350602083015f5b828110156113d45781518652602095860195909101906001016113b6565b5093949350505050565b606080825284519082018190525f9060208601906080840190835b818110156114205783516001600160a01b03168352602093840193909201916001016113f9565b5050838103602085015261143481876113a4565b915050828103604084015261144981856113a4565b9695505050505050565b5f5f5f60608486031215611465575f5ffd5b833561147081611363565b925060208401359150604084013561148781611363565b809150509250925092565b8015158114611377575f5ffd5b5f5f5f606084860312156114b1575f5ffd5b83356114bc81611363565b925060208401359150604084013561148781611492565b5f5f5f5f5f5f60c087890312156114e8575f5ffd5b86356114f381611363565b9550602087013594506040870135935060608701359250608087013561151881611363565b915060a087013561152881611363565b809150509295509295509295565b5f60208284031215611546575f5ffd5b813561155181611363565b9392505050565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561157c575f5ffd5b815161155181611363565b60018060a01b0384168152826020820152606060408201525f82518060608401528060208501608085015e5f608082850101526080601f19601f830116840101915050949350505050565b634e487b7160e01b5f52604160045260245ffd5b5f602082840312156115f6575f5ffd5b815167ffffffffffffffff81111561160c575f5ffd5b8201601f8101841361161c575f5ffd5b805167ffffffffffffffff811115611636576116366115d2565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611665576116656115d2565b60405281815282820160200186101561167c575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761135d5761135d611699565b5f826116de57634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561135d5761135d611699565b8082018082111561135d5761135d611699565b5f60208284031215611719575f5ffd5b5051919050565b5f600160ff1b820161173457611734611699565b505f0390565b5f82518060208501845e5f920191825250919050565b5f60208284031215611760575f5ffd5b81516115518161149256",
}

// IndexDebtIssuanceModule is an auto generated Go binding around an Ethereum contract.
type IndexDebtIssuanceModule struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexDebtIssuanceModule) GetABI() abi.ABI {
	return c.abi
}

// NewIndexDebtIssuanceModule creates a new instance of IndexDebtIssuanceModule.
func NewIndexDebtIssuanceModule() *IndexDebtIssuanceModule {
	parsed, err := IndexDebtIssuanceModuleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexDebtIssuanceModule{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexDebtIssuanceModule) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCalculateTotalFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dda4037.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calculateTotalFees(address _setToken, uint256 _quantity, bool _isIssue) view returns(uint256 totalQuantity, uint256 managerFee, uint256 protocolFee)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackCalculateTotalFees(setToken common.Address, quantity *big.Int, isIssue bool) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("calculateTotalFees", setToken, quantity, isIssue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalculateTotalFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dda4037.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calculateTotalFees(address _setToken, uint256 _quantity, bool _isIssue) view returns(uint256 totalQuantity, uint256 managerFee, uint256 protocolFee)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackCalculateTotalFees(setToken common.Address, quantity *big.Int, isIssue bool) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("calculateTotalFees", setToken, quantity, isIssue)
}

// CalculateTotalFeesOutput serves as a container for the return parameters of contract
// method CalculateTotalFees.
type CalculateTotalFeesOutput struct {
	TotalQuantity *big.Int
	ManagerFee    *big.Int
	ProtocolFee   *big.Int
}

// UnpackCalculateTotalFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dda4037.
//
// Solidity: function calculateTotalFees(address _setToken, uint256 _quantity, bool _isIssue) view returns(uint256 totalQuantity, uint256 managerFee, uint256 protocolFee)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackCalculateTotalFees(data []byte) (CalculateTotalFeesOutput, error) {
	out, err := indexDebtIssuanceModule.abi.Unpack("calculateTotalFees", data)
	outstruct := new(CalculateTotalFeesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TotalQuantity = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ManagerFee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ProtocolFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetRequiredComponentIssuanceUnits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x131e26b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequiredComponentIssuanceUnits(address _setToken, uint256 _quantity) view returns(address[], uint256[], uint256[])
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackGetRequiredComponentIssuanceUnits(setToken common.Address, quantity *big.Int) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("getRequiredComponentIssuanceUnits", setToken, quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequiredComponentIssuanceUnits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x131e26b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequiredComponentIssuanceUnits(address _setToken, uint256 _quantity) view returns(address[], uint256[], uint256[])
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackGetRequiredComponentIssuanceUnits(setToken common.Address, quantity *big.Int) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("getRequiredComponentIssuanceUnits", setToken, quantity)
}

// GetRequiredComponentIssuanceUnitsOutput serves as a container for the return parameters of contract
// method GetRequiredComponentIssuanceUnits.
type GetRequiredComponentIssuanceUnitsOutput struct {
	Arg0 []common.Address
	Arg1 []*big.Int
	Arg2 []*big.Int
}

// UnpackGetRequiredComponentIssuanceUnits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x131e26b9.
//
// Solidity: function getRequiredComponentIssuanceUnits(address _setToken, uint256 _quantity) view returns(address[], uint256[], uint256[])
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackGetRequiredComponentIssuanceUnits(data []byte) (GetRequiredComponentIssuanceUnitsOutput, error) {
	out, err := indexDebtIssuanceModule.abi.Unpack("getRequiredComponentIssuanceUnits", data)
	outstruct := new(GetRequiredComponentIssuanceUnitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Arg1 = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	outstruct.Arg2 = *abi.ConvertType(out[2], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRequiredComponentRedemptionUnits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b8e53b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequiredComponentRedemptionUnits(address _setToken, uint256 _quantity) view returns(address[], uint256[], uint256[])
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackGetRequiredComponentRedemptionUnits(setToken common.Address, quantity *big.Int) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("getRequiredComponentRedemptionUnits", setToken, quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequiredComponentRedemptionUnits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b8e53b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequiredComponentRedemptionUnits(address _setToken, uint256 _quantity) view returns(address[], uint256[], uint256[])
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackGetRequiredComponentRedemptionUnits(setToken common.Address, quantity *big.Int) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("getRequiredComponentRedemptionUnits", setToken, quantity)
}

// GetRequiredComponentRedemptionUnitsOutput serves as a container for the return parameters of contract
// method GetRequiredComponentRedemptionUnits.
type GetRequiredComponentRedemptionUnitsOutput struct {
	Arg0 []common.Address
	Arg1 []*big.Int
	Arg2 []*big.Int
}

// UnpackGetRequiredComponentRedemptionUnits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b8e53b6.
//
// Solidity: function getRequiredComponentRedemptionUnits(address _setToken, uint256 _quantity) view returns(address[], uint256[], uint256[])
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackGetRequiredComponentRedemptionUnits(data []byte) (GetRequiredComponentRedemptionUnitsOutput, error) {
	out, err := indexDebtIssuanceModule.abi.Unpack("getRequiredComponentRedemptionUnits", data)
	outstruct := new(GetRequiredComponentRedemptionUnitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Arg1 = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	outstruct.Arg2 = *abi.ConvertType(out[2], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf9fe138.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address _setToken, uint256 _maxManagerFee, uint256 _managerIssueFee, uint256 _managerRedeemFee, address _feeRecipient, address _managerIssuanceHook) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackInitialize(setToken common.Address, maxManagerFee *big.Int, managerIssueFee *big.Int, managerRedeemFee *big.Int, feeRecipient common.Address, managerIssuanceHook common.Address) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("initialize", setToken, maxManagerFee, managerIssueFee, managerRedeemFee, feeRecipient, managerIssuanceHook)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf9fe138.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address _setToken, uint256 _maxManagerFee, uint256 _managerIssueFee, uint256 _managerRedeemFee, address _feeRecipient, address _managerIssuanceHook) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackInitialize(setToken common.Address, maxManagerFee *big.Int, managerIssueFee *big.Int, managerRedeemFee *big.Int, feeRecipient common.Address, managerIssuanceHook common.Address) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("initialize", setToken, maxManagerFee, managerIssueFee, managerRedeemFee, feeRecipient, managerIssuanceHook)
}

// PackIssuanceSettings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd3c7539.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issuanceSettings(address ) view returns(uint256 maxManagerFee, uint256 managerIssueFee, uint256 managerRedeemFee, address feeRecipient, address managerIssuanceHook)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackIssuanceSettings(arg0 common.Address) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("issuanceSettings", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssuanceSettings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd3c7539.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issuanceSettings(address ) view returns(uint256 maxManagerFee, uint256 managerIssueFee, uint256 managerRedeemFee, address feeRecipient, address managerIssuanceHook)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackIssuanceSettings(arg0 common.Address) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("issuanceSettings", arg0)
}

// IssuanceSettingsOutput serves as a container for the return parameters of contract
// method IssuanceSettings.
type IssuanceSettingsOutput struct {
	MaxManagerFee       *big.Int
	ManagerIssueFee     *big.Int
	ManagerRedeemFee    *big.Int
	FeeRecipient        common.Address
	ManagerIssuanceHook common.Address
}

// UnpackIssuanceSettings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd3c7539.
//
// Solidity: function issuanceSettings(address ) view returns(uint256 maxManagerFee, uint256 managerIssueFee, uint256 managerRedeemFee, address feeRecipient, address managerIssuanceHook)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackIssuanceSettings(data []byte) (IssuanceSettingsOutput, error) {
	out, err := indexDebtIssuanceModule.abi.Unpack("issuanceSettings", data)
	outstruct := new(IssuanceSettingsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MaxManagerFee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ManagerIssueFee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ManagerRedeemFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.FeeRecipient = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.ManagerIssuanceHook = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d78f47a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issue(address _setToken, uint256 _quantity, address _to) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackIssue(setToken common.Address, quantity *big.Int, to common.Address) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("issue", setToken, quantity, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d78f47a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issue(address _setToken, uint256 _quantity, address _to) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackIssue(setToken common.Address, quantity *big.Int, to common.Address) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("issue", setToken, quantity, to)
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c833bfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(address _setToken, uint256 _quantity, address _to) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackRedeem(setToken common.Address, quantity *big.Int, to common.Address) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("redeem", setToken, quantity, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c833bfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(address _setToken, uint256 _quantity, address _to) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackRedeem(setToken common.Address, quantity *big.Int, to common.Address) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("redeem", setToken, quantity, to)
}

// PackUpdateIssueFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb38b223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateIssueFee(address _setToken, uint256 _newIssueFee) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackUpdateIssueFee(setToken common.Address, newIssueFee *big.Int) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("updateIssueFee", setToken, newIssueFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateIssueFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb38b223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateIssueFee(address _setToken, uint256 _newIssueFee) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackUpdateIssueFee(setToken common.Address, newIssueFee *big.Int) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("updateIssueFee", setToken, newIssueFee)
}

// PackUpdateRedeemFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dd86aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateRedeemFee(address _setToken, uint256 _newRedeemFee) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) PackUpdateRedeemFee(setToken common.Address, newRedeemFee *big.Int) []byte {
	enc, err := indexDebtIssuanceModule.abi.Pack("updateRedeemFee", setToken, newRedeemFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateRedeemFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dd86aa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateRedeemFee(address _setToken, uint256 _newRedeemFee) returns()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) TryPackUpdateRedeemFee(setToken common.Address, newRedeemFee *big.Int) ([]byte, error) {
	return indexDebtIssuanceModule.abi.Pack("updateRedeemFee", setToken, newRedeemFee)
}

// IndexDebtIssuanceModuleIssueFeeUpdated represents a IssueFeeUpdated event raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleIssueFeeUpdated struct {
	SetToken    common.Address
	NewIssueFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IndexDebtIssuanceModuleIssueFeeUpdatedEventName = "IssueFeeUpdated"

// ContractEventName returns the user-defined event name.
func (IndexDebtIssuanceModuleIssueFeeUpdated) ContractEventName() string {
	return IndexDebtIssuanceModuleIssueFeeUpdatedEventName
}

// UnpackIssueFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssueFeeUpdated(address indexed _setToken, uint256 _newIssueFee)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackIssueFeeUpdatedEvent(log *types.Log) (*IndexDebtIssuanceModuleIssueFeeUpdated, error) {
	event := "IssueFeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexDebtIssuanceModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexDebtIssuanceModuleIssueFeeUpdated)
	if len(log.Data) > 0 {
		if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexDebtIssuanceModule.abi.Events[event].Inputs {
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

// IndexDebtIssuanceModuleRedeemFeeUpdated represents a RedeemFeeUpdated event raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleRedeemFeeUpdated struct {
	SetToken     common.Address
	NewRedeemFee *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const IndexDebtIssuanceModuleRedeemFeeUpdatedEventName = "RedeemFeeUpdated"

// ContractEventName returns the user-defined event name.
func (IndexDebtIssuanceModuleRedeemFeeUpdated) ContractEventName() string {
	return IndexDebtIssuanceModuleRedeemFeeUpdatedEventName
}

// UnpackRedeemFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RedeemFeeUpdated(address indexed _setToken, uint256 _newRedeemFee)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackRedeemFeeUpdatedEvent(log *types.Log) (*IndexDebtIssuanceModuleRedeemFeeUpdated, error) {
	event := "RedeemFeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexDebtIssuanceModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexDebtIssuanceModuleRedeemFeeUpdated)
	if len(log.Data) > 0 {
		if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexDebtIssuanceModule.abi.Events[event].Inputs {
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

// IndexDebtIssuanceModuleSetTokenIssued represents a SetTokenIssued event raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleSetTokenIssued struct {
	SetToken     common.Address
	Issuer       common.Address
	To           common.Address
	HookContract common.Address
	Quantity     *big.Int
	ManagerFee   *big.Int
	ProtocolFee  *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const IndexDebtIssuanceModuleSetTokenIssuedEventName = "SetTokenIssued"

// ContractEventName returns the user-defined event name.
func (IndexDebtIssuanceModuleSetTokenIssued) ContractEventName() string {
	return IndexDebtIssuanceModuleSetTokenIssuedEventName
}

// UnpackSetTokenIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetTokenIssued(address indexed _setToken, address indexed _issuer, address indexed _to, address _hookContract, uint256 _quantity, uint256 _managerFee, uint256 _protocolFee)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackSetTokenIssuedEvent(log *types.Log) (*IndexDebtIssuanceModuleSetTokenIssued, error) {
	event := "SetTokenIssued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexDebtIssuanceModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexDebtIssuanceModuleSetTokenIssued)
	if len(log.Data) > 0 {
		if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexDebtIssuanceModule.abi.Events[event].Inputs {
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

// IndexDebtIssuanceModuleSetTokenRedeemed represents a SetTokenRedeemed event raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleSetTokenRedeemed struct {
	SetToken    common.Address
	Redeemer    common.Address
	To          common.Address
	Quantity    *big.Int
	ManagerFee  *big.Int
	ProtocolFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IndexDebtIssuanceModuleSetTokenRedeemedEventName = "SetTokenRedeemed"

// ContractEventName returns the user-defined event name.
func (IndexDebtIssuanceModuleSetTokenRedeemed) ContractEventName() string {
	return IndexDebtIssuanceModuleSetTokenRedeemedEventName
}

// UnpackSetTokenRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetTokenRedeemed(address indexed _setToken, address indexed _redeemer, address indexed _to, uint256 _quantity, uint256 _managerFee, uint256 _protocolFee)
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackSetTokenRedeemedEvent(log *types.Log) (*IndexDebtIssuanceModuleSetTokenRedeemed, error) {
	event := "SetTokenRedeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexDebtIssuanceModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexDebtIssuanceModuleSetTokenRedeemed)
	if len(log.Data) > 0 {
		if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexDebtIssuanceModule.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexDebtIssuanceModule.abi.Errors["BadFee"].ID.Bytes()[:4]) {
		return indexDebtIssuanceModule.UnpackBadFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexDebtIssuanceModule.abi.Errors["NotInitialized"].ID.Bytes()[:4]) {
		return indexDebtIssuanceModule.UnpackNotInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexDebtIssuanceModule.abi.Errors["OnlyManager"].ID.Bytes()[:4]) {
		return indexDebtIssuanceModule.UnpackOnlyManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexDebtIssuanceModule.abi.Errors["TokenTransfer"].ID.Bytes()[:4]) {
		return indexDebtIssuanceModule.UnpackTokenTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexDebtIssuanceModule.abi.Errors["ZeroQuantity"].ID.Bytes()[:4]) {
		return indexDebtIssuanceModule.UnpackZeroQuantityError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexDebtIssuanceModuleBadFee represents a BadFee error raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleBadFee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFee()
func IndexDebtIssuanceModuleBadFeeErrorID() common.Hash {
	return common.HexToHash("0x917f1a53ab0995667e0a524011bf6b894f5faa124860eefa69a4604d77cf263f")
}

// UnpackBadFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFee()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackBadFeeError(raw []byte) (*IndexDebtIssuanceModuleBadFee, error) {
	out := new(IndexDebtIssuanceModuleBadFee)
	if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, "BadFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexDebtIssuanceModuleNotInitialized represents a NotInitialized error raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleNotInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitialized()
func IndexDebtIssuanceModuleNotInitializedErrorID() common.Hash {
	return common.HexToHash("0x87138d5c8c2e77cb9f25c07b03277aad63d22f6a05255580ec55d2c21666e734")
}

// UnpackNotInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitialized()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackNotInitializedError(raw []byte) (*IndexDebtIssuanceModuleNotInitialized, error) {
	out := new(IndexDebtIssuanceModuleNotInitialized)
	if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, "NotInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexDebtIssuanceModuleOnlyManager represents a OnlyManager error raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleOnlyManager struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyManager()
func IndexDebtIssuanceModuleOnlyManagerErrorID() common.Hash {
	return common.HexToHash("0xc0b2335a5df130fdf2da3e1c86a4fdcb8c62d955b5162e24ca95fd13e8800ea3")
}

// UnpackOnlyManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyManager()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackOnlyManagerError(raw []byte) (*IndexDebtIssuanceModuleOnlyManager, error) {
	out := new(IndexDebtIssuanceModuleOnlyManager)
	if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, "OnlyManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexDebtIssuanceModuleTokenTransfer represents a TokenTransfer error raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleTokenTransfer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTransfer()
func IndexDebtIssuanceModuleTokenTransferErrorID() common.Hash {
	return common.HexToHash("0xeb2cf4fc9168a2d848de8c48d73f2b6e32ef3b25eb1e730b673209b002bca01d")
}

// UnpackTokenTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTransfer()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackTokenTransferError(raw []byte) (*IndexDebtIssuanceModuleTokenTransfer, error) {
	out := new(IndexDebtIssuanceModuleTokenTransfer)
	if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, "TokenTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexDebtIssuanceModuleZeroQuantity represents a ZeroQuantity error raised by the IndexDebtIssuanceModule contract.
type IndexDebtIssuanceModuleZeroQuantity struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroQuantity()
func IndexDebtIssuanceModuleZeroQuantityErrorID() common.Hash {
	return common.HexToHash("0xf4f5b7331c9ddc4c5ff0105b1dc46ac269f0c3a61917370df41c0c5bc6715f5e")
}

// UnpackZeroQuantityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroQuantity()
func (indexDebtIssuanceModule *IndexDebtIssuanceModule) UnpackZeroQuantityError(raw []byte) (*IndexDebtIssuanceModuleZeroQuantity, error) {
	out := new(IndexDebtIssuanceModuleZeroQuantity)
	if err := indexDebtIssuanceModule.abi.UnpackIntoInterface(out, "ZeroQuantity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexDebtTokenMetaData contains all meta data concerning the IndexDebtToken contract.
var IndexDebtTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"underlying_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"minter_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotTransferable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyMinter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"UNDERLYING_ASSET_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "IndexDebtToken",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161088238038061088283398101604081905261002e91610121565b5f610039868261024c565b506001610046858261024c565b5060ff9092166080526001600160a01b0390811660a0521660c0525061030a9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261008c575f5ffd5b81516001600160401b038111156100a5576100a5610069565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100d3576100d3610069565b6040528181528382016020018510156100ea575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b038116811461011c575f5ffd5b919050565b5f5f5f5f5f60a08688031215610135575f5ffd5b85516001600160401b0381111561014a575f5ffd5b6101568882890161007d565b602088015190965090506001600160401b03811115610173575f5ffd5b61017f8882890161007d565b945050604086015160ff81168114610195575f5ffd5b92506101a360608701610106565b91506101b160808701610106565b90509295509295909350565b600181811c908216806101d157607f821691505b6020821081036101ef57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610247578282111561024757805f5260205f20601f840160051c602085101561022057505f5b90810190601f840160051c035f5b81811015610243575f8382015560010161022e565b5050505b505050565b81516001600160401b0381111561026557610265610069565b6102798161027384546101bd565b846101f5565b6020601f8211600181146102ab575f83156102945750848201515b5f19600385901b1c1916600184901b178455610303565b5f84815260208120601f198516915b828110156102da57878501518255602094850194600190920191016102ba565b50848210156102f757868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c0516105416103415f395f818160c20152818161027b015261035801525f6101c301525f61011801526105415ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806370a082311161006357806370a082311461016157806395d89b41146101805780639dc29fac14610188578063a9059cbb1461019b578063b16a19de146101be575f5ffd5b806306fdde031461009f57806307546172146100bd57806318160ddd146100fc578063313ce5671461011357806340c10f191461014c575b5f5ffd5b6100a76101e5565b6040516100b49190610431565b60405180910390f35b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b4565b61010560025481565b6040519081526020016100b4565b61013a7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016100b4565b61015f61015a366004610481565b610270565b005b61010561016f3660046104a9565b60036020525f908152604090205481565b6100a7610340565b61015f610196366004610481565b61034d565b6101ae6101a9366004610481565b610417565b60405190151581526020016100b4565b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b5f80546101f1906104c9565b80601f016020809104026020016040519081016040528092919081815260200182805461021d906104c9565b80156102685780601f1061023f57610100808354040283529160200191610268565b820191905f5260205f20905b81548152906001019060200180831161024b57829003601f168201915b505050505081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102b957604051639cdc2ed560e01b815260040160405180910390fd5b8060025f8282546102ca9190610515565b90915550506001600160a01b0382165f90815260036020526040812080548392906102f6908490610515565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906020015b60405180910390a35050565b600180546101f1906104c9565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039657604051639cdc2ed560e01b815260040160405180910390fd5b6001600160a01b0382165f90815260036020526040812080548392906103bd90849061052e565b925050819055508060025f8282546103d5919061052e565b90915550506040518181525f906001600160a01b038416907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602001610334565b5f60405163dc8d8db760e01b815260040160405180910390fd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461047c575f5ffd5b919050565b5f5f60408385031215610492575f5ffd5b61049b83610466565b946020939093013593505050565b5f602082840312156104b9575f5ffd5b6104c282610466565b9392505050565b600181811c908216806104dd57607f821691505b6020821081036104fb57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561052857610528610501565b92915050565b818103818111156105285761052861050156",
}

// IndexDebtToken is an auto generated Go binding around an Ethereum contract.
type IndexDebtToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexDebtToken) GetABI() abi.ABI {
	return c.abi
}

// NewIndexDebtToken creates a new instance of IndexDebtToken.
func NewIndexDebtToken() *IndexDebtToken {
	parsed, err := IndexDebtTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexDebtToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexDebtToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_, address underlying_, address minter_) returns()
func (indexDebtToken *IndexDebtToken) PackConstructor(name_ string, symbol_ string, decimals_ uint8, underlying_ common.Address, minter_ common.Address) []byte {
	enc, err := indexDebtToken.abi.Pack("", name_, symbol_, decimals_, underlying_, minter_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackUNDERLYINGASSETADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb16a19de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (indexDebtToken *IndexDebtToken) PackUNDERLYINGASSETADDRESS() []byte {
	enc, err := indexDebtToken.abi.Pack("UNDERLYING_ASSET_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNDERLYINGASSETADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb16a19de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (indexDebtToken *IndexDebtToken) TryPackUNDERLYINGASSETADDRESS() ([]byte, error) {
	return indexDebtToken.abi.Pack("UNDERLYING_ASSET_ADDRESS")
}

// UnpackUNDERLYINGASSETADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb16a19de.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (indexDebtToken *IndexDebtToken) UnpackUNDERLYINGASSETADDRESS(data []byte) (common.Address, error) {
	out, err := indexDebtToken.abi.Unpack("UNDERLYING_ASSET_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (indexDebtToken *IndexDebtToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := indexDebtToken.abi.Pack("balanceOf", arg0)
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
func (indexDebtToken *IndexDebtToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return indexDebtToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (indexDebtToken *IndexDebtToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := indexDebtToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (indexDebtToken *IndexDebtToken) PackBurn(from common.Address, amount *big.Int) []byte {
	enc, err := indexDebtToken.abi.Pack("burn", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (indexDebtToken *IndexDebtToken) TryPackBurn(from common.Address, amount *big.Int) ([]byte, error) {
	return indexDebtToken.abi.Pack("burn", from, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (indexDebtToken *IndexDebtToken) PackDecimals() []byte {
	enc, err := indexDebtToken.abi.Pack("decimals")
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
func (indexDebtToken *IndexDebtToken) TryPackDecimals() ([]byte, error) {
	return indexDebtToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (indexDebtToken *IndexDebtToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := indexDebtToken.abi.Unpack("decimals", data)
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
// Solidity: function mint(address onBehalfOf, uint256 amount) returns()
func (indexDebtToken *IndexDebtToken) PackMint(onBehalfOf common.Address, amount *big.Int) []byte {
	enc, err := indexDebtToken.abi.Pack("mint", onBehalfOf, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address onBehalfOf, uint256 amount) returns()
func (indexDebtToken *IndexDebtToken) TryPackMint(onBehalfOf common.Address, amount *big.Int) ([]byte, error) {
	return indexDebtToken.abi.Pack("mint", onBehalfOf, amount)
}

// PackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minter() view returns(address)
func (indexDebtToken *IndexDebtToken) PackMinter() []byte {
	enc, err := indexDebtToken.abi.Pack("minter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minter() view returns(address)
func (indexDebtToken *IndexDebtToken) TryPackMinter() ([]byte, error) {
	return indexDebtToken.abi.Pack("minter")
}

// UnpackMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07546172.
//
// Solidity: function minter() view returns(address)
func (indexDebtToken *IndexDebtToken) UnpackMinter(data []byte) (common.Address, error) {
	out, err := indexDebtToken.abi.Unpack("minter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (indexDebtToken *IndexDebtToken) PackName() []byte {
	enc, err := indexDebtToken.abi.Pack("name")
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
func (indexDebtToken *IndexDebtToken) TryPackName() ([]byte, error) {
	return indexDebtToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (indexDebtToken *IndexDebtToken) UnpackName(data []byte) (string, error) {
	out, err := indexDebtToken.abi.Unpack("name", data)
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
func (indexDebtToken *IndexDebtToken) PackSymbol() []byte {
	enc, err := indexDebtToken.abi.Pack("symbol")
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
func (indexDebtToken *IndexDebtToken) TryPackSymbol() ([]byte, error) {
	return indexDebtToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (indexDebtToken *IndexDebtToken) UnpackSymbol(data []byte) (string, error) {
	out, err := indexDebtToken.abi.Unpack("symbol", data)
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
func (indexDebtToken *IndexDebtToken) PackTotalSupply() []byte {
	enc, err := indexDebtToken.abi.Pack("totalSupply")
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
func (indexDebtToken *IndexDebtToken) TryPackTotalSupply() ([]byte, error) {
	return indexDebtToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (indexDebtToken *IndexDebtToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := indexDebtToken.abi.Unpack("totalSupply", data)
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
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (indexDebtToken *IndexDebtToken) PackTransfer(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := indexDebtToken.abi.Pack("transfer", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (indexDebtToken *IndexDebtToken) TryPackTransfer(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return indexDebtToken.abi.Pack("transfer", arg0, arg1)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (indexDebtToken *IndexDebtToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := indexDebtToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IndexDebtTokenTransfer represents a Transfer event raised by the IndexDebtToken contract.
type IndexDebtTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const IndexDebtTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (IndexDebtTokenTransfer) ContractEventName() string {
	return IndexDebtTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (indexDebtToken *IndexDebtToken) UnpackTransferEvent(log *types.Log) (*IndexDebtTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexDebtToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexDebtTokenTransfer)
	if len(log.Data) > 0 {
		if err := indexDebtToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexDebtToken.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexDebtToken *IndexDebtToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexDebtToken.abi.Errors["NotTransferable"].ID.Bytes()[:4]) {
		return indexDebtToken.UnpackNotTransferableError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexDebtToken.abi.Errors["OnlyMinter"].ID.Bytes()[:4]) {
		return indexDebtToken.UnpackOnlyMinterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexDebtTokenNotTransferable represents a NotTransferable error raised by the IndexDebtToken contract.
type IndexDebtTokenNotTransferable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTransferable()
func IndexDebtTokenNotTransferableErrorID() common.Hash {
	return common.HexToHash("0xdc8d8db78d5a7a955c0008cdb175a6daa2ad76ae227915e1cd1b28ee4ec4bec3")
}

// UnpackNotTransferableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTransferable()
func (indexDebtToken *IndexDebtToken) UnpackNotTransferableError(raw []byte) (*IndexDebtTokenNotTransferable, error) {
	out := new(IndexDebtTokenNotTransferable)
	if err := indexDebtToken.abi.UnpackIntoInterface(out, "NotTransferable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexDebtTokenOnlyMinter represents a OnlyMinter error raised by the IndexDebtToken contract.
type IndexDebtTokenOnlyMinter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyMinter()
func IndexDebtTokenOnlyMinterErrorID() common.Hash {
	return common.HexToHash("0x9cdc2ed5f96a809e31bca07726c19c1355a62082f84af5857d0fc7116ce298c4")
}

// UnpackOnlyMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyMinter()
func (indexDebtToken *IndexDebtToken) UnpackOnlyMinterError(raw []byte) (*IndexDebtTokenOnlyMinter, error) {
	out := new(IndexDebtTokenOnlyMinter)
	if err := indexDebtToken.abi.UnpackIntoInterface(out, "OnlyMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexExecDEXMetaData contains all meta data concerning the IndexExecDEX contract.
var IndexExecDEXMetaData = bind.MetaData{
	ABI: "[]",
	ID:  "IndexExecDEX",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// IndexExecDEX is an auto generated Go binding around an Ethereum contract.
type IndexExecDEX struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexExecDEX) GetABI() abi.ABI {
	return c.abi
}

// NewIndexExecDEX creates a new instance of IndexExecDEX.
func NewIndexExecDEX() *IndexExecDEX {
	parsed, err := IndexExecDEXMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexExecDEX{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexExecDEX) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// IndexFlashMintMetaData contains all meta data concerning the IndexFlashMint contract.
var IndexFlashMintMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"debtIssuanceModule_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pair_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"weth_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadPath\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EthUnsupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"OutputBelowMin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReserveShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_recipient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_inputToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_amountInputToken\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_amountSetIssued\",\"type\":\"uint256\"}],\"name\":\"FlashMint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_recipient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_outputToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_amountSetRedeemed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_amountOutputToken\",\"type\":\"uint256\"}],\"name\":\"FlashRedeem\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ETH_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"debtIssuanceModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_setAmount\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"_isIssuance\",\"type\":\"bool\"}],\"name\":\"getLeveragedTokenData\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"collateralAToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"collateralAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"debtToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debtAmount\",\"type\":\"uint256\"}],\"internalType\":\"structIndexFlashMint.LeveragedTokenData\",\"name\":\"data\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_setAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"_inputToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_maxAmountInputToken\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"path\",\"type\":\"address[]\"},{\"internalType\":\"uint24[]\",\"name\":\"fees\",\"type\":\"uint24[]\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"enumDEXAdapter.Exchange\",\"name\":\"exchange\",\"type\":\"uint8\"}],\"internalType\":\"structDEXAdapter.SwapData\",\"name\":\"_swapDataDebtForCollateral\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"path\",\"type\":\"address[]\"},{\"internalType\":\"uint24[]\",\"name\":\"fees\",\"type\":\"uint24[]\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"enumDEXAdapter.Exchange\",\"name\":\"exchange\",\"type\":\"uint8\"}],\"internalType\":\"structDEXAdapter.SwapData\",\"name\":\"_swapDataInputToken\",\"type\":\"tuple\"}],\"name\":\"issueExactSetFromERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_setAmount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"path\",\"type\":\"address[]\"},{\"internalType\":\"uint24[]\",\"name\":\"fees\",\"type\":\"uint24[]\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"enumDEXAdapter.Exchange\",\"name\":\"exchange\",\"type\":\"uint8\"}],\"internalType\":\"structDEXAdapter.SwapData\",\"name\":\"_swapDataDebtForCollateral\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"path\",\"type\":\"address[]\"},{\"internalType\":\"uint24[]\",\"name\":\"fees\",\"type\":\"uint24[]\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"enumDEXAdapter.Exchange\",\"name\":\"exchange\",\"type\":\"uint8\"}],\"internalType\":\"structDEXAdapter.SwapData\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"issueExactSetFromETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pair\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_setAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"_outputToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_minAmountOutputToken\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"path\",\"type\":\"address[]\"},{\"internalType\":\"uint24[]\",\"name\":\"fees\",\"type\":\"uint24[]\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"enumDEXAdapter.Exchange\",\"name\":\"exchange\",\"type\":\"uint8\"}],\"internalType\":\"structDEXAdapter.SwapData\",\"name\":\"_swapDataCollateralForDebt\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"path\",\"type\":\"address[]\"},{\"internalType\":\"uint24[]\",\"name\":\"fees\",\"type\":\"uint24[]\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"enumDEXAdapter.Exchange\",\"name\":\"exchange\",\"type\":\"uint8\"}],\"internalType\":\"structDEXAdapter.SwapData\",\"name\":\"_swapDataOutputToken\",\"type\":\"tuple\"}],\"name\":\"redeemExactSetForERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_setAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_minAmountOutputToken\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"path\",\"type\":\"address[]\"},{\"internalType\":\"uint24[]\",\"name\":\"fees\",\"type\":\"uint24[]\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"enumDEXAdapter.Exchange\",\"name\":\"exchange\",\"type\":\"uint8\"}],\"internalType\":\"structDEXAdapter.SwapData\",\"name\":\"_swapDataCollateralForDebt\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"path\",\"type\":\"address[]\"},{\"internalType\":\"uint24[]\",\"name\":\"fees\",\"type\":\"uint24[]\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"enumDEXAdapter.Exchange\",\"name\":\"exchange\",\"type\":\"uint8\"}],\"internalType\":\"structDEXAdapter.SwapData\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"redeemExactSetForETH\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"weth\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "IndexFlashMint",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161207b38038061207b83398101604081905261002e91610066565b6001600160a01b0392831660805290821660a0521660c0526100a6565b80516001600160a01b0381168114610061575f5ffd5b919050565b5f5f5f60608486031215610078575f5ffd5b6100818461004b565b925061008f6020850161004b565b915061009d6040850161004b565b90509250925092565b60805160a05160c051611f1a6101615f395f818160970152818160ec0152818161089801528181610f4a015281816111c9015261178801525f81816101ee0152818161143d015281816114cc0152818161159e015281816115e4015281816116a0015261173501525f8181610221015281816104000152818161047c015281816106b40152818161074a015281816109ca01528181610a1b01528181610cfa01528181610d4b0152818161105801526110a90152611f1a5ff3fe608060405260043610610087575f3560e01c8063a8aa1b3111610057578063a8aa1b31146101dd578063af6f220a14610210578063c58bc7e014610243578063d1d719ef14610262578063f875572d14610281575f5ffd5b80633fc8cef3146100db578063590c81c51461012b5780637452ed1e1461014a578063a734f06e146101b6575f5ffd5b366100d757336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100d557604051631a5cfddd60e01b815260040160405180910390fd5b005b5f5ffd5b3480156100e6575f5ffd5b5061010e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b348015610136575f5ffd5b506100d5610145366004611a7b565b610294565b348015610155575f5ffd5b50610169610164366004611b20565b61065d565b604051610122919081516001600160a01b03908116825260208084015182169083015260408084015190830152606080840151909116908201526080918201519181019190915260a00190565b3480156101c1575f5ffd5b5061010e73eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee81565b3480156101e8575f5ffd5b5061010e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561021b575f5ffd5b5061010e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561024e575f5ffd5b506100d561025d366004611b5f565b610888565b34801561026d575f5ffd5b506100d561027c366004611a7b565b610be1565b6100d561028f366004611be6565b610f39565b5f6102a087875f61065d565b905080606001516001600160a01b0316856001600160a01b0316146102e857604051635f8b555b60e11b81526001600160a01b03861660048201526024015b60405180910390fd5b6102fb83826020015183606001516112e5565b61030a828260200151876112e5565b608081015160608201516040516370a0823160e01b81523060048201526001600160a01b03909116906370a0823190602401602060405180830381865afa158015610357573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061037b9190611c64565b101561039a57604051633e71cf4160e11b815260040160405180910390fd5b604051336024820152306044820152606481018790526103e99088906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b17905261138d565b606081015160808201516040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166024820152604481019190915261046591906064015b60408051601f198184030181529190526020810180516001600160e01b031663095ea7b360e01b17905261138d565b604051635c833bfd60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c833bfd906104b5908a908a903090600401611c7b565b5f604051808303815f87803b1580156104cc575f5ffd5b505af11580156104de573d5f5f3e3d5ffd5b505050505f5f6104f18360200151611437565b915091505f83604001516103e56105089190611cb2565b90505f81610518856103e8611cb2565b6105229190611ccf565b61052c8484611cb2565b6105369190611ce2565b905061054b8560200151866040015183611591565b846080015181101561057957604051633b3846b360e11b81525f6004820152602481018990526044016102df565b5f85608001518261058a9190611d01565b9050888110156105b757604051633b3846b360e11b815260048101829052602481018a90526044016102df565b60608601516040513360248201526044810183905261060491906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b17905261138d565b604080518c8152602081018390526001600160a01b03808d1692908f169133917f846f5655f4f8fa6ef5e4ad493e284e34854a83d000836d0493800c259ea97065910160405180910390a4505050505050505050505050565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810182905290808084610724576040516335c729db60e11b81526001600160a01b038881166004830152602482018890527f00000000000000000000000000000000000000000000000000000000000000001690636b8e53b6906044015f60405180830381865afa1580156106f8573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261071f9190810190611d6f565b6107b5565b60405163131e26b960e01b81526001600160a01b038881166004830152602482018890527f0000000000000000000000000000000000000000000000000000000000000000169063131e26b9906044015f60405180830381865afa15801561078e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526107b59190810190611d6f565b9250925092506040518060a00160405280845f815181106107d8576107d8611e5c565b60200260200101516001600160a01b03168152602001845f8151811061080057610800611e5c565b60200260200101516001600160a01b03168152602001835f8151811061082857610828611e5c565b602002602001015181526020018460018151811061084857610848611e5c565b60200260200101516001600160a01b031681526020018260018151811061087157610871611e5c565b602002602001015181525093505050509392505050565b5f61089486865f61065d565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681602001516001600160a01b0316146108ec57604051631a5cfddd60e01b815260040160405180910390fd5b6108ff83826020015183606001516112e5565b608081015160608201516040516370a0823160e01b81523060048201526001600160a01b03909116906370a0823190602401602060405180830381865afa15801561094c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109709190611c64565b101561098f57604051633e71cf4160e11b815260040160405180910390fd5b604051336024820152306044820152606481018690526109b39087906084016103ba565b606081015160808201516040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044810191909152610a049190606401610436565b604051635c833bfd60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c833bfd90610a5490899089903090600401611c7b565b5f604051808303815f87803b158015610a6b575f5ffd5b505af1158015610a7d573d5f5f3e3d5ffd5b50505060808201515f915015610b32575f5f610a9c8460200151611437565b91509150836080015181610ab09190611d01565b610abc906103e5611cb2565b6080850151610acb9084611cb2565b610ad7906103e8611cb2565b610ae19190611ce2565b610aec906001611ccf565b92508360400151831115610b1c57604051633b3846b360e11b81525f6004820152602481018890526044016102df565b610b2f8460200151848660800151611591565b50505b5f818360400151610b439190611d01565b905085811015610b7057604051633b3846b360e11b815260048101829052602481018790526044016102df565b610b7b81600161176c565b604080518881526020810183905273eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee916001600160a01b038b169133917f846f5655f4f8fa6ef5e4ad493e284e34854a83d000836d0493800c259ea97065910160405180910390a45050505050505050565b5f610bee8787600161065d565b905080606001516001600160a01b0316856001600160a01b031614610c3157604051635f8b555b60e11b81526001600160a01b03861660048201526024016102df565b610c4483826060015183602001516112e5565b610c53828683602001516112e5565b604080820151602083015191516370a0823160e01b815230600482015290916001600160a01b0316906370a0823190602401602060405180830381865afa158015610ca0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cc49190611c64565b1015610ce357604051633e71cf4160e11b815260040160405180910390fd5b602081015160408083015190516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044810191909152610d349190606401610436565b6040516336bc7a3d60e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636d78f47a90610d84908a908a903390600401611c7b565b5f604051808303815f87803b158015610d9b575f5ffd5b505af1158015610dad573d5f5f3e3d5ffd5b505050505f5f610dc08360600151611437565b915091505f836040015182610dd59190611d01565b610de1906103e5611cb2565b6040850151610df09085611cb2565b610dfc906103e8611cb2565b610e069190611ce2565b610e11906001611ccf565b90505f8460800151821115610e89576080850151610e2f9083611d01565b905087811115610e5c5760405163784feaf160e01b815260048101829052602481018990526044016102df565b606085015160405133602482015230604482015260648101839052610e8491906084016103ba565b610ece565b8185608001511115610ece57610ece856060015133848860800151610eae9190611d01565b6040516001600160a01b03909216602483015260448201526064016105d5565b610ee18560600151838760400151611591565b60408051828152602081018c90526001600160a01b03808c1692908e169133917f9c1558194024d73db1b6fc2739c3070cacc4598122100dd6f7d3a3dd8cee5f36910160405180910390a45050505050505050505050565b5f610f468585600161065d565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681602001516001600160a01b031614610f9e57604051631a5cfddd60e01b815260040160405180910390fd5b610fb183826060015183602001516112e5565b604080820151602083015191516370a0823160e01b815230600482015290916001600160a01b0316906370a0823190602401602060405180830381865afa158015610ffe573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110229190611c64565b101561104157604051633e71cf4160e11b815260040160405180910390fd5b602081015160408083015190516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016602482015260448101919091526110929190606401610436565b6040516336bc7a3d60e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636d78f47a906110e290889088903390600401611c7b565b5f604051808303815f87803b1580156110f9575f5ffd5b505af115801561110b573d5f5f3e3d5ffd5b505050505f5f61111e8360600151611437565b915091505f83608001516103e56111359190611cb2565b90505f81611145856103e8611cb2565b61114f9190611ccf565b6111598484611cb2565b6111639190611ce2565b9050801561117e5761117e8560600151866080015183611591565b5f856040015182101561123c5781866040015161119b9190611d01565b9050348111156111c75760405163784feaf160e01b8152600481018290523460248201526044016102df565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d0e30db0826040518263ffffffff1660e01b81526004015f604051808303818588803b158015611220575f5ffd5b505af1158015611232573d5f5f3e3d5ffd5b5050505050611262565b85604001518211156112625761126286604001518361125b9190611d01565b600161176c565b8034111561127d5761127d6112778234611d01565b5f61176c565b60408051828152602081018b905273eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee916001600160a01b038d169133917f9c1558194024d73db1b6fc2739c3070cacc4598122100dd6f7d3a3dd8cee5f36910160405180910390a450505050505050505050565b825151600211806113245750816001600160a01b0316835f01515f8151811061131057611310611e5c565b60200260200101516001600160a01b031614155b8061136a5750825180516001600160a01b038316919061134690600190611d01565b8151811061135657611356611e5c565b60200260200101516001600160a01b031614155b15611388576040516364325c9160e01b815260040160405180910390fd5b505050565b5f5f836001600160a01b0316836040516113a79190611e70565b5f604051808303815f865af19150503d805f81146113e0576040519150601f19603f3d011682016040523d82523d5f602084013e6113e5565b606091505b509150915081158061141357505f81511180156114135750808060200190518101906114119190611e86565b155b1561143157604051633acb3d3f60e21b815260040160405180910390fd5b50505050565b5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa158015611497573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114bb9190611ebe565b5091509150846001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015611526573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061154a9190611eff565b6001600160a01b03161461157157806001600160701b0316826001600160701b0316611586565b816001600160701b0316816001600160701b03165b935093505050915091565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166024820152604481018390526115d89084906064016105d5565b826001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa15801561163e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116629190611eff565b6001600160a01b0316036117055760405163022c0d9f60e01b81525f60048201819052602482018390523060448301526080606483015260848201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063022c0d9f9060a4015b5f604051808303815f87803b1580156116ea575f5ffd5b505af11580156116fc573d5f5f3e3d5ffd5b50505050505050565b60405163022c0d9f60e01b8152600481018290525f602482018190523060448301526080606483015260848201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063022c0d9f9060a4016116d3565b80156117e857604051632e1a7d4d60e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b1580156117d1575f5ffd5b505af11580156117e3573d5f5f3e3d5ffd5b505050505b6040515f90339084908381818185875af1925050503d805f8114611827576040519150601f19603f3d011682016040523d82523d5f602084013e61182c565b606091505b505090508061138857604051633acb3d3f60e21b815260040160405180910390fd5b6001600160a01b0381168114611862575f5ffd5b50565b80356118708161184e565b919050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156118ab576118ab611875565b60405290565b604051601f8201601f191681016001600160401b03811182821017156118d9576118d9611875565b604052919050565b5f6001600160401b038211156118f9576118f9611875565b5060051b60200190565b5f82601f830112611912575f5ffd5b8135611925611920826118e1565b6118b1565b8082825260208201915060208360051b860101925085831115611946575f5ffd5b602085015b8381101561197357803562ffffff81168114611965575f5ffd5b83526020928301920161194b565b5095945050505050565b803560058110611870575f5ffd5b5f6080828403121561199b575f5ffd5b6119a3611889565b905081356001600160401b038111156119ba575f5ffd5b8201601f810184136119ca575f5ffd5b80356119d8611920826118e1565b8082825260208201915060208360051b8501019250868311156119f9575f5ffd5b6020840193505b82841015611a24578335611a138161184e565b825260209384019390910190611a00565b845250505060208201356001600160401b03811115611a41575f5ffd5b611a4d84828501611903565b602083015250611a5f60408301611865565b6040820152611a706060830161197d565b606082015292915050565b5f5f5f5f5f5f60c08789031215611a90575f5ffd5b8635611a9b8161184e565b9550602087013594506040870135611ab28161184e565b93506060870135925060808701356001600160401b03811115611ad3575f5ffd5b611adf89828a0161198b565b92505060a08701356001600160401b03811115611afa575f5ffd5b611b0689828a0161198b565b9150509295509295509295565b8015158114611862575f5ffd5b5f5f5f60608486031215611b32575f5ffd5b8335611b3d8161184e565b9250602084013591506040840135611b5481611b13565b809150509250925092565b5f5f5f5f5f60a08688031215611b73575f5ffd5b8535611b7e8161184e565b9450602086013593506040860135925060608601356001600160401b03811115611ba6575f5ffd5b611bb28882890161198b565b92505060808601356001600160401b03811115611bcd575f5ffd5b611bd98882890161198b565b9150509295509295909350565b5f5f5f5f60808587031215611bf9575f5ffd5b8435611c048161184e565b93506020850135925060408501356001600160401b03811115611c25575f5ffd5b611c318782880161198b565b92505060608501356001600160401b03811115611c4c575f5ffd5b611c588782880161198b565b91505092959194509250565b5f60208284031215611c74575f5ffd5b5051919050565b6001600160a01b0393841681526020810192909252909116604082015260600190565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417611cc957611cc9611c9e565b92915050565b80820180821115611cc957611cc9611c9e565b5f82611cfc57634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115611cc957611cc9611c9e565b5f82601f830112611d23575f5ffd5b8151611d31611920826118e1565b8082825260208201915060208360051b860101925085831115611d52575f5ffd5b602085015b83811015611973578051835260209283019201611d57565b5f5f5f60608486031215611d81575f5ffd5b83516001600160401b03811115611d96575f5ffd5b8401601f81018613611da6575f5ffd5b8051611db4611920826118e1565b8082825260208201915060208360051b850101925088831115611dd5575f5ffd5b6020840193505b82841015611e00578351611def8161184e565b825260209384019390910190611ddc565b8096505050505060208401516001600160401b03811115611e1f575f5ffd5b611e2b86828701611d14565b92505060408401516001600160401b03811115611e46575f5ffd5b611e5286828701611d14565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b5f60208284031215611e96575f5ffd5b8151611ea181611b13565b9392505050565b80516001600160701b0381168114611870575f5ffd5b5f5f5f60608486031215611ed0575f5ffd5b611ed984611ea8565b9250611ee760208501611ea8565b9150604084015163ffffffff81168114611b54575f5ffd5b5f60208284031215611f0f575f5ffd5b8151611ea18161184e56",
}

// IndexFlashMint is an auto generated Go binding around an Ethereum contract.
type IndexFlashMint struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexFlashMint) GetABI() abi.ABI {
	return c.abi
}

// NewIndexFlashMint creates a new instance of IndexFlashMint.
func NewIndexFlashMint() *IndexFlashMint {
	parsed, err := IndexFlashMintMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexFlashMint{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexFlashMint) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address debtIssuanceModule_, address pair_, address weth_) returns()
func (indexFlashMint *IndexFlashMint) PackConstructor(debtIssuanceModule_ common.Address, pair_ common.Address, weth_ common.Address) []byte {
	enc, err := indexFlashMint.abi.Pack("", debtIssuanceModule_, pair_, weth_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackETHADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa734f06e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ETH_ADDRESS() view returns(address)
func (indexFlashMint *IndexFlashMint) PackETHADDRESS() []byte {
	enc, err := indexFlashMint.abi.Pack("ETH_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackETHADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa734f06e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ETH_ADDRESS() view returns(address)
func (indexFlashMint *IndexFlashMint) TryPackETHADDRESS() ([]byte, error) {
	return indexFlashMint.abi.Pack("ETH_ADDRESS")
}

// UnpackETHADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa734f06e.
//
// Solidity: function ETH_ADDRESS() view returns(address)
func (indexFlashMint *IndexFlashMint) UnpackETHADDRESS(data []byte) (common.Address, error) {
	out, err := indexFlashMint.abi.Unpack("ETH_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDebtIssuanceModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6f220a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debtIssuanceModule() view returns(address)
func (indexFlashMint *IndexFlashMint) PackDebtIssuanceModule() []byte {
	enc, err := indexFlashMint.abi.Pack("debtIssuanceModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtIssuanceModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6f220a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtIssuanceModule() view returns(address)
func (indexFlashMint *IndexFlashMint) TryPackDebtIssuanceModule() ([]byte, error) {
	return indexFlashMint.abi.Pack("debtIssuanceModule")
}

// UnpackDebtIssuanceModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf6f220a.
//
// Solidity: function debtIssuanceModule() view returns(address)
func (indexFlashMint *IndexFlashMint) UnpackDebtIssuanceModule(data []byte) (common.Address, error) {
	out, err := indexFlashMint.abi.Unpack("debtIssuanceModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetLeveragedTokenData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7452ed1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getLeveragedTokenData(address _setToken, uint256 _setAmount, bool _isIssuance) view returns((address,address,uint256,address,uint256) data)
func (indexFlashMint *IndexFlashMint) PackGetLeveragedTokenData(setToken common.Address, setAmount *big.Int, isIssuance bool) []byte {
	enc, err := indexFlashMint.abi.Pack("getLeveragedTokenData", setToken, setAmount, isIssuance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetLeveragedTokenData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7452ed1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getLeveragedTokenData(address _setToken, uint256 _setAmount, bool _isIssuance) view returns((address,address,uint256,address,uint256) data)
func (indexFlashMint *IndexFlashMint) TryPackGetLeveragedTokenData(setToken common.Address, setAmount *big.Int, isIssuance bool) ([]byte, error) {
	return indexFlashMint.abi.Pack("getLeveragedTokenData", setToken, setAmount, isIssuance)
}

// UnpackGetLeveragedTokenData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7452ed1e.
//
// Solidity: function getLeveragedTokenData(address _setToken, uint256 _setAmount, bool _isIssuance) view returns((address,address,uint256,address,uint256) data)
func (indexFlashMint *IndexFlashMint) UnpackGetLeveragedTokenData(data []byte) (IndexFlashMintLeveragedTokenData, error) {
	out, err := indexFlashMint.abi.Unpack("getLeveragedTokenData", data)
	if err != nil {
		return *new(IndexFlashMintLeveragedTokenData), err
	}
	out0 := *abi.ConvertType(out[0], new(IndexFlashMintLeveragedTokenData)).(*IndexFlashMintLeveragedTokenData)
	return out0, nil
}

// PackIssueExactSetFromERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1d719ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issueExactSetFromERC20(address _setToken, uint256 _setAmount, address _inputToken, uint256 _maxAmountInputToken, (address[],uint24[],address,uint8) _swapDataDebtForCollateral, (address[],uint24[],address,uint8) _swapDataInputToken) returns()
func (indexFlashMint *IndexFlashMint) PackIssueExactSetFromERC20(setToken common.Address, setAmount *big.Int, inputToken common.Address, maxAmountInputToken *big.Int, swapDataDebtForCollateral DEXAdapterSwapData, swapDataInputToken DEXAdapterSwapData) []byte {
	enc, err := indexFlashMint.abi.Pack("issueExactSetFromERC20", setToken, setAmount, inputToken, maxAmountInputToken, swapDataDebtForCollateral, swapDataInputToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssueExactSetFromERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1d719ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issueExactSetFromERC20(address _setToken, uint256 _setAmount, address _inputToken, uint256 _maxAmountInputToken, (address[],uint24[],address,uint8) _swapDataDebtForCollateral, (address[],uint24[],address,uint8) _swapDataInputToken) returns()
func (indexFlashMint *IndexFlashMint) TryPackIssueExactSetFromERC20(setToken common.Address, setAmount *big.Int, inputToken common.Address, maxAmountInputToken *big.Int, swapDataDebtForCollateral DEXAdapterSwapData, swapDataInputToken DEXAdapterSwapData) ([]byte, error) {
	return indexFlashMint.abi.Pack("issueExactSetFromERC20", setToken, setAmount, inputToken, maxAmountInputToken, swapDataDebtForCollateral, swapDataInputToken)
}

// PackIssueExactSetFromETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf875572d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issueExactSetFromETH(address _setToken, uint256 _setAmount, (address[],uint24[],address,uint8) _swapDataDebtForCollateral, (address[],uint24[],address,uint8) ) payable returns()
func (indexFlashMint *IndexFlashMint) PackIssueExactSetFromETH(setToken common.Address, setAmount *big.Int, swapDataDebtForCollateral DEXAdapterSwapData, arg3 DEXAdapterSwapData) []byte {
	enc, err := indexFlashMint.abi.Pack("issueExactSetFromETH", setToken, setAmount, swapDataDebtForCollateral, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssueExactSetFromETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf875572d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issueExactSetFromETH(address _setToken, uint256 _setAmount, (address[],uint24[],address,uint8) _swapDataDebtForCollateral, (address[],uint24[],address,uint8) ) payable returns()
func (indexFlashMint *IndexFlashMint) TryPackIssueExactSetFromETH(setToken common.Address, setAmount *big.Int, swapDataDebtForCollateral DEXAdapterSwapData, arg3 DEXAdapterSwapData) ([]byte, error) {
	return indexFlashMint.abi.Pack("issueExactSetFromETH", setToken, setAmount, swapDataDebtForCollateral, arg3)
}

// PackPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8aa1b31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pair() view returns(address)
func (indexFlashMint *IndexFlashMint) PackPair() []byte {
	enc, err := indexFlashMint.abi.Pack("pair")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8aa1b31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pair() view returns(address)
func (indexFlashMint *IndexFlashMint) TryPackPair() ([]byte, error) {
	return indexFlashMint.abi.Pack("pair")
}

// UnpackPair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8aa1b31.
//
// Solidity: function pair() view returns(address)
func (indexFlashMint *IndexFlashMint) UnpackPair(data []byte) (common.Address, error) {
	out, err := indexFlashMint.abi.Unpack("pair", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRedeemExactSetForERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x590c81c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemExactSetForERC20(address _setToken, uint256 _setAmount, address _outputToken, uint256 _minAmountOutputToken, (address[],uint24[],address,uint8) _swapDataCollateralForDebt, (address[],uint24[],address,uint8) _swapDataOutputToken) returns()
func (indexFlashMint *IndexFlashMint) PackRedeemExactSetForERC20(setToken common.Address, setAmount *big.Int, outputToken common.Address, minAmountOutputToken *big.Int, swapDataCollateralForDebt DEXAdapterSwapData, swapDataOutputToken DEXAdapterSwapData) []byte {
	enc, err := indexFlashMint.abi.Pack("redeemExactSetForERC20", setToken, setAmount, outputToken, minAmountOutputToken, swapDataCollateralForDebt, swapDataOutputToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemExactSetForERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x590c81c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemExactSetForERC20(address _setToken, uint256 _setAmount, address _outputToken, uint256 _minAmountOutputToken, (address[],uint24[],address,uint8) _swapDataCollateralForDebt, (address[],uint24[],address,uint8) _swapDataOutputToken) returns()
func (indexFlashMint *IndexFlashMint) TryPackRedeemExactSetForERC20(setToken common.Address, setAmount *big.Int, outputToken common.Address, minAmountOutputToken *big.Int, swapDataCollateralForDebt DEXAdapterSwapData, swapDataOutputToken DEXAdapterSwapData) ([]byte, error) {
	return indexFlashMint.abi.Pack("redeemExactSetForERC20", setToken, setAmount, outputToken, minAmountOutputToken, swapDataCollateralForDebt, swapDataOutputToken)
}

// PackRedeemExactSetForETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58bc7e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemExactSetForETH(address _setToken, uint256 _setAmount, uint256 _minAmountOutputToken, (address[],uint24[],address,uint8) _swapDataCollateralForDebt, (address[],uint24[],address,uint8) ) returns()
func (indexFlashMint *IndexFlashMint) PackRedeemExactSetForETH(setToken common.Address, setAmount *big.Int, minAmountOutputToken *big.Int, swapDataCollateralForDebt DEXAdapterSwapData, arg4 DEXAdapterSwapData) []byte {
	enc, err := indexFlashMint.abi.Pack("redeemExactSetForETH", setToken, setAmount, minAmountOutputToken, swapDataCollateralForDebt, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemExactSetForETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58bc7e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemExactSetForETH(address _setToken, uint256 _setAmount, uint256 _minAmountOutputToken, (address[],uint24[],address,uint8) _swapDataCollateralForDebt, (address[],uint24[],address,uint8) ) returns()
func (indexFlashMint *IndexFlashMint) TryPackRedeemExactSetForETH(setToken common.Address, setAmount *big.Int, minAmountOutputToken *big.Int, swapDataCollateralForDebt DEXAdapterSwapData, arg4 DEXAdapterSwapData) ([]byte, error) {
	return indexFlashMint.abi.Pack("redeemExactSetForETH", setToken, setAmount, minAmountOutputToken, swapDataCollateralForDebt, arg4)
}

// PackWeth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fc8cef3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function weth() view returns(address)
func (indexFlashMint *IndexFlashMint) PackWeth() []byte {
	enc, err := indexFlashMint.abi.Pack("weth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWeth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fc8cef3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function weth() view returns(address)
func (indexFlashMint *IndexFlashMint) TryPackWeth() ([]byte, error) {
	return indexFlashMint.abi.Pack("weth")
}

// UnpackWeth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fc8cef3.
//
// Solidity: function weth() view returns(address)
func (indexFlashMint *IndexFlashMint) UnpackWeth(data []byte) (common.Address, error) {
	out, err := indexFlashMint.abi.Unpack("weth", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// IndexFlashMintFlashMint represents a FlashMint event raised by the IndexFlashMint contract.
type IndexFlashMintFlashMint struct {
	Recipient        common.Address
	SetToken         common.Address
	InputToken       common.Address
	AmountInputToken *big.Int
	AmountSetIssued  *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const IndexFlashMintFlashMintEventName = "FlashMint"

// ContractEventName returns the user-defined event name.
func (IndexFlashMintFlashMint) ContractEventName() string {
	return IndexFlashMintFlashMintEventName
}

// UnpackFlashMintEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashMint(address indexed _recipient, address indexed _setToken, address indexed _inputToken, uint256 _amountInputToken, uint256 _amountSetIssued)
func (indexFlashMint *IndexFlashMint) UnpackFlashMintEvent(log *types.Log) (*IndexFlashMintFlashMint, error) {
	event := "FlashMint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexFlashMint.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexFlashMintFlashMint)
	if len(log.Data) > 0 {
		if err := indexFlashMint.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexFlashMint.abi.Events[event].Inputs {
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

// IndexFlashMintFlashRedeem represents a FlashRedeem event raised by the IndexFlashMint contract.
type IndexFlashMintFlashRedeem struct {
	Recipient         common.Address
	SetToken          common.Address
	OutputToken       common.Address
	AmountSetRedeemed *big.Int
	AmountOutputToken *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const IndexFlashMintFlashRedeemEventName = "FlashRedeem"

// ContractEventName returns the user-defined event name.
func (IndexFlashMintFlashRedeem) ContractEventName() string {
	return IndexFlashMintFlashRedeemEventName
}

// UnpackFlashRedeemEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashRedeem(address indexed _recipient, address indexed _setToken, address indexed _outputToken, uint256 _amountSetRedeemed, uint256 _amountOutputToken)
func (indexFlashMint *IndexFlashMint) UnpackFlashRedeemEvent(log *types.Log) (*IndexFlashMintFlashRedeem, error) {
	event := "FlashRedeem"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexFlashMint.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexFlashMintFlashRedeem)
	if len(log.Data) > 0 {
		if err := indexFlashMint.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexFlashMint.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexFlashMint *IndexFlashMint) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexFlashMint.abi.Errors["BadPath"].ID.Bytes()[:4]) {
		return indexFlashMint.UnpackBadPathError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexFlashMint.abi.Errors["EthUnsupported"].ID.Bytes()[:4]) {
		return indexFlashMint.UnpackEthUnsupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexFlashMint.abi.Errors["InputAboveMax"].ID.Bytes()[:4]) {
		return indexFlashMint.UnpackInputAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexFlashMint.abi.Errors["OutputBelowMin"].ID.Bytes()[:4]) {
		return indexFlashMint.UnpackOutputBelowMinError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexFlashMint.abi.Errors["ReserveShort"].ID.Bytes()[:4]) {
		return indexFlashMint.UnpackReserveShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexFlashMint.abi.Errors["TokenTransfer"].ID.Bytes()[:4]) {
		return indexFlashMint.UnpackTokenTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexFlashMint.abi.Errors["UnsupportedToken"].ID.Bytes()[:4]) {
		return indexFlashMint.UnpackUnsupportedTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexFlashMintBadPath represents a BadPath error raised by the IndexFlashMint contract.
type IndexFlashMintBadPath struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPath()
func IndexFlashMintBadPathErrorID() common.Hash {
	return common.HexToHash("0x64325c91f108520b461bf37f7e682ef85952d4d50489069c2e798b1861f04e29")
}

// UnpackBadPathError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPath()
func (indexFlashMint *IndexFlashMint) UnpackBadPathError(raw []byte) (*IndexFlashMintBadPath, error) {
	out := new(IndexFlashMintBadPath)
	if err := indexFlashMint.abi.UnpackIntoInterface(out, "BadPath", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexFlashMintEthUnsupported represents a EthUnsupported error raised by the IndexFlashMint contract.
type IndexFlashMintEthUnsupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EthUnsupported()
func IndexFlashMintEthUnsupportedErrorID() common.Hash {
	return common.HexToHash("0x1a5cfddd9157871ae4da4233c5068761c8e0dd71a18a0ffd894b45f75474ca95")
}

// UnpackEthUnsupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EthUnsupported()
func (indexFlashMint *IndexFlashMint) UnpackEthUnsupportedError(raw []byte) (*IndexFlashMintEthUnsupported, error) {
	out := new(IndexFlashMintEthUnsupported)
	if err := indexFlashMint.abi.UnpackIntoInterface(out, "EthUnsupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexFlashMintInputAboveMax represents a InputAboveMax error raised by the IndexFlashMint contract.
type IndexFlashMintInputAboveMax struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputAboveMax(uint256 amount, uint256 max)
func IndexFlashMintInputAboveMaxErrorID() common.Hash {
	return common.HexToHash("0x784feaf128c1482eda0db770293549d548e739f6a8bc176f3a77a5cd384f0113")
}

// UnpackInputAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputAboveMax(uint256 amount, uint256 max)
func (indexFlashMint *IndexFlashMint) UnpackInputAboveMaxError(raw []byte) (*IndexFlashMintInputAboveMax, error) {
	out := new(IndexFlashMintInputAboveMax)
	if err := indexFlashMint.abi.UnpackIntoInterface(out, "InputAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexFlashMintOutputBelowMin represents a OutputBelowMin error raised by the IndexFlashMint contract.
type IndexFlashMintOutputBelowMin struct {
	Amount *big.Int
	Min    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputBelowMin(uint256 amount, uint256 min)
func IndexFlashMintOutputBelowMinErrorID() common.Hash {
	return common.HexToHash("0x76708d664a9d0eb9e767f045d11cb782d3ca92990f32a2f93c2a2945ed28404c")
}

// UnpackOutputBelowMinError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputBelowMin(uint256 amount, uint256 min)
func (indexFlashMint *IndexFlashMint) UnpackOutputBelowMinError(raw []byte) (*IndexFlashMintOutputBelowMin, error) {
	out := new(IndexFlashMintOutputBelowMin)
	if err := indexFlashMint.abi.UnpackIntoInterface(out, "OutputBelowMin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexFlashMintReserveShort represents a ReserveShort error raised by the IndexFlashMint contract.
type IndexFlashMintReserveShort struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveShort()
func IndexFlashMintReserveShortErrorID() common.Hash {
	return common.HexToHash("0x7ce39e8203b4e30abebf1a79ecc7e4feabccafefee16fe499d12ab86536bc462")
}

// UnpackReserveShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveShort()
func (indexFlashMint *IndexFlashMint) UnpackReserveShortError(raw []byte) (*IndexFlashMintReserveShort, error) {
	out := new(IndexFlashMintReserveShort)
	if err := indexFlashMint.abi.UnpackIntoInterface(out, "ReserveShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexFlashMintTokenTransfer represents a TokenTransfer error raised by the IndexFlashMint contract.
type IndexFlashMintTokenTransfer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTransfer()
func IndexFlashMintTokenTransferErrorID() common.Hash {
	return common.HexToHash("0xeb2cf4fc9168a2d848de8c48d73f2b6e32ef3b25eb1e730b673209b002bca01d")
}

// UnpackTokenTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTransfer()
func (indexFlashMint *IndexFlashMint) UnpackTokenTransferError(raw []byte) (*IndexFlashMintTokenTransfer, error) {
	out := new(IndexFlashMintTokenTransfer)
	if err := indexFlashMint.abi.UnpackIntoInterface(out, "TokenTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexFlashMintUnsupportedToken represents a UnsupportedToken error raised by the IndexFlashMint contract.
type IndexFlashMintUnsupportedToken struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedToken(address token)
func IndexFlashMintUnsupportedTokenErrorID() common.Hash {
	return common.HexToHash("0xbf16aab68b533663bda39930f665a3aca274d1ce9b11695c6d6218cb23bba198")
}

// UnpackUnsupportedTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedToken(address token)
func (indexFlashMint *IndexFlashMint) UnpackUnsupportedTokenError(raw []byte) (*IndexFlashMintUnsupportedToken, error) {
	out := new(IndexFlashMintUnsupportedToken)
	if err := indexFlashMint.abi.UnpackIntoInterface(out, "UnsupportedToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexLeverageExtensionMetaData contains all meta data concerning the IndexLeverageExtension contract.
var IndexLeverageExtensionMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"setToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralAToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debtToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"priceFeed_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"targetLeverageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minLeverageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLeverageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recenteringSpeed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rebalanceInterval\",\"type\":\"uint256\"}],\"internalType\":\"structIndexLeverageExtension.MethodologySettings\",\"name\":\"methodology_\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"etherReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"incentivizedLeverageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"incentivizedSlippageTolerance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"incentivizedTwapCooldownPeriod\",\"type\":\"uint256\"}],\"internalType\":\"structIndexLeverageExtension.IncentiveSettings\",\"name\":\"incentive_\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"exchangeName_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"OnlyOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"collateralAToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"debtToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"enabledExchanges\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentLeverageRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getEnabledExchanges\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getIncentive\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"etherReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"incentivizedLeverageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"incentivizedSlippageTolerance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"incentivizedTwapCooldownPeriod\",\"type\":\"uint256\"}],\"internalType\":\"structIndexLeverageExtension.IncentiveSettings\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMethodology\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"targetLeverageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minLeverageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLeverageRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recenteringSpeed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rebalanceInterval\",\"type\":\"uint256\"}],\"internalType\":\"structIndexLeverageExtension.MethodologySettings\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"globalLastTradeTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priceFeed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"setLastTradeTimestamp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ratio\",\"type\":\"uint256\"}],\"name\":\"setTwapLeverageRatio\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shouldRebalance\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"},{\"internalType\":\"enumIndexLeverageExtension.ShouldRebalance[]\",\"name\":\"\",\"type\":\"uint8[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"twapLeverageRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IndexLeverageExtension",
	Bin: "0x610120604052348015610010575f5ffd5b506040516110d63803806110d683398101604081905261002f91610222565b3360809081526001600160a01b0388811660a05287811660c05286811660e05285166101005283515f908155602080860151600190815560408088015160025560608089015160035594880151600455865160055591860151600655908501516007559184015160085560098054928301815590527f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af016100d0828261038f565b505042600b555061044d945050505050565b80516001600160a01b03811681146100f8575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b0381118282101715610133576101336100fd565b60405290565b5f60808284031215610149575f5ffd5b604051608081016001600160401b038111828210171561016b5761016b6100fd565b6040908152835182526020808501519083015283810151908201526060928301519281019290925250919050565b5f82601f8301126101a8575f5ffd5b81516001600160401b038111156101c1576101c16100fd565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101ef576101ef6100fd565b604052818152838201602001851015610206575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f5f5f8789036101c081121561023a575f5ffd5b610243896100e2565b975061025160208a016100e2565b965061025f60408a016100e2565b955061026d60608a016100e2565b945060a0607f1982011215610280575f5ffd5b50610289610111565b608089810151825260a08a0151602083015260c08a0151604083015260e08a015160608301526101008a01519082015292506102c9896101208a01610139565b6101a08901519092506001600160401b038111156102e5575f5ffd5b6102f18a828b01610199565b91505092959891949750929550565b600181811c9082168061031457607f821691505b60208210810361033257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561038a578282111561038a57805f5260205f20601f840160051c602085101561036357505f5b90810190601f840160051c035f5b81811015610386575f83820155600101610371565b5050505b505050565b81516001600160401b038111156103a8576103a86100fd565b6103bc816103b68454610300565b84610338565b6020601f8211600181146103ee575f83156103d75750848201515b5f19600385901b1c1916600184901b178455610446565b5f84815260208120601f198516915b8281101561041d57878501518255602094850194600190920191016103fd565b508482101561043a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c05160e05161010051610c1c6104ba5f395f81816101c2015261058501525f81816102b5015261071401525f818160f9015261065301525f818161028e0152818161061a01526106e701525f818161019b0152818161035f01526109970152610c1c5ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c8063c31443bb11610093578063ed9cf58c11610063578063ed9cf58c14610289578063f8d89898146102b0578063fdcf5125146102d7578063fdfb7091146102ea575f5ffd5b8063c31443bb14610211578063cb7f579614610219578063da39048014610239578063dde5aa691461024e575f5ffd5b8063570ca735116100ce578063570ca73514610196578063741bef1a146101bd578063ae2c1d5f146101e4578063c1c7ff0c146101fa575f5ffd5b806303d919dd146100f457806304d7f3e714610138578063352dadea14610181575b5f5ffd5b61011b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6101406102f3565b60405161012f91905f60a082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015292915050565b61019461018f3660046109da565b610354565b005b61011b7f000000000000000000000000000000000000000000000000000000000000000081565b61011b7f000000000000000000000000000000000000000000000000000000000000000081565b6101ec6103a2565b60405161012f929190610a8d565b610203600b5481565b60405190815260200161012f565b610203610581565b61022c6102273660046109da565b6107be565b60405161012f9190610af5565b610241610864565b60405161012f9190610b0e565b610256610938565b60405161012f91908151815260208083015190820152604080830151908201526060918201519181019190915260800190565b61011b7f000000000000000000000000000000000000000000000000000000000000000081565b61011b7f000000000000000000000000000000000000000000000000000000000000000081565b6101946102e53660046109da565b61098c565b610203600a5481565b6103206040518060a001604052805f81526020015f81526020015f81526020015f81526020015f81525090565b506040805160a0810182525f5481526001546020820152600254918101919091526003546060820152600454608082015290565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039d576040516327e1f1e560e01b815260040160405180910390fd5b600b55565b6060805f6103ae610581565b6006549091505f9082106103c457506003610406565b600a54156103d457506002610406565b600454600b546103e49042610b34565b11806103f1575060025482115b806103fd575060015482105b15610406575060015b6009545f9067ffffffffffffffff81111561042357610423610b4d565b60405190808252806020026020018201604052801561044c578160200160208202803683370190505b5090505f5b81518110156104a4578282828151811061046d5761046d610b61565b6020026020010190600381111561048657610486610a79565b9081600381111561049957610499610a79565b905250600101610451565b5060098181805480602002602001604051908101604052809291908181526020015f905b82821015610570578382905f5260205f200180546104e590610b75565b80601f016020809104026020016040519081016040528092919081815260200182805461051190610b75565b801561055c5780601f106105335761010080835404028352916020019161055c565b820191905f5260205f20905b81548152906001019060200180831161053f57829003601f168201915b5050505050815260200190600101906104c8565b505050509150945094505050509091565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166352bfe7896040518163ffffffff1660e01b81526004016040805180830381865afa1580156105de573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106029190610bad565b506040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301529192505f91670de0b6b3a76400009184917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610698573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106bc9190610bcf565b6106c69190610be6565b6106d09190610bfd565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301529192505f917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610759573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061077d9190610bcf565b9050808211610790575f19935050505090565b61079a8183610b34565b6107ac83670de0b6b3a7640000610be6565b6107b69190610bfd565b935050505090565b600981815481106107cd575f80fd5b905f5260205f20015f9150905080546107e590610b75565b80601f016020809104026020016040519081016040528092919081815260200182805461081190610b75565b801561085c5780601f106108335761010080835404028352916020019161085c565b820191905f5260205f20905b81548152906001019060200180831161083f57829003601f168201915b505050505081565b60606009805480602002602001604051908101604052809291908181526020015f905b8282101561092f578382905f5260205f200180546108a490610b75565b80601f01602080910402602001604051908101604052809291908181526020018280546108d090610b75565b801561091b5780601f106108f25761010080835404028352916020019161091b565b820191905f5260205f20905b8154815290600101906020018083116108fe57829003601f168201915b505050505081526020019060010190610887565b50505050905090565b61095f60405180608001604052805f81526020015f81526020015f81526020015f81525090565b50604080516080810182526005548152600654602082015260075491810191909152600854606082015290565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109d5576040516327e1f1e560e01b815260040160405180910390fd5b600a55565b5f602082840312156109ea575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015610a6d57601f19858403018852610a578383516109f1565b6020988901989093509190910190600101610a3b565b50909695505050505050565b634e487b7160e01b5f52602160045260245ffd5b604081525f610a9f6040830185610a1f565b82810360208401528084518083526020830191506020860192505f5b81811015610a6d57835160048110610ae157634e487b7160e01b5f52602160045260245ffd5b835260209384019390920191600101610abb565b602081525f610b0760208301846109f1565b9392505050565b602081525f610b076020830184610a1f565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610b4757610b47610b20565b92915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c90821680610b8957607f821691505b602082108103610ba757634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f60408385031215610bbe575f5ffd5b505080516020909101519092909150565b5f60208284031215610bdf575f5ffd5b5051919050565b8082028115828204841417610b4757610b47610b20565b5f82610c1757634e487b7160e01b5f52601260045260245ffd5b50049056",
}

// IndexLeverageExtension is an auto generated Go binding around an Ethereum contract.
type IndexLeverageExtension struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexLeverageExtension) GetABI() abi.ABI {
	return c.abi
}

// NewIndexLeverageExtension creates a new instance of IndexLeverageExtension.
func NewIndexLeverageExtension() *IndexLeverageExtension {
	parsed, err := IndexLeverageExtensionMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexLeverageExtension{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexLeverageExtension) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address setToken_, address collateralAToken_, address debtToken_, address priceFeed_, (uint256,uint256,uint256,uint256,uint256) methodology_, (uint256,uint256,uint256,uint256) incentive_, string exchangeName_) returns()
func (indexLeverageExtension *IndexLeverageExtension) PackConstructor(setToken_ common.Address, collateralAToken_ common.Address, debtToken_ common.Address, priceFeed_ common.Address, methodology_ IndexLeverageExtensionMethodologySettings, incentive_ IndexLeverageExtensionIncentiveSettings, exchangeName_ string) []byte {
	enc, err := indexLeverageExtension.abi.Pack("", setToken_, collateralAToken_, debtToken_, priceFeed_, methodology_, incentive_, exchangeName_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCollateralAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d919dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralAToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) PackCollateralAToken() []byte {
	enc, err := indexLeverageExtension.abi.Pack("collateralAToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d919dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralAToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) TryPackCollateralAToken() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("collateralAToken")
}

// UnpackCollateralAToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03d919dd.
//
// Solidity: function collateralAToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) UnpackCollateralAToken(data []byte) (common.Address, error) {
	out, err := indexLeverageExtension.abi.Unpack("collateralAToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d89898.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debtToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) PackDebtToken() []byte {
	enc, err := indexLeverageExtension.abi.Pack("debtToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d89898.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) TryPackDebtToken() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("debtToken")
}

// UnpackDebtToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8d89898.
//
// Solidity: function debtToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) UnpackDebtToken(data []byte) (common.Address, error) {
	out, err := indexLeverageExtension.abi.Unpack("debtToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEnabledExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb7f5796.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enabledExchanges(uint256 ) view returns(string)
func (indexLeverageExtension *IndexLeverageExtension) PackEnabledExchanges(arg0 *big.Int) []byte {
	enc, err := indexLeverageExtension.abi.Pack("enabledExchanges", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnabledExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb7f5796.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enabledExchanges(uint256 ) view returns(string)
func (indexLeverageExtension *IndexLeverageExtension) TryPackEnabledExchanges(arg0 *big.Int) ([]byte, error) {
	return indexLeverageExtension.abi.Pack("enabledExchanges", arg0)
}

// UnpackEnabledExchanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb7f5796.
//
// Solidity: function enabledExchanges(uint256 ) view returns(string)
func (indexLeverageExtension *IndexLeverageExtension) UnpackEnabledExchanges(data []byte) (string, error) {
	out, err := indexLeverageExtension.abi.Unpack("enabledExchanges", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetCurrentLeverageRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc31443bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCurrentLeverageRatio() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) PackGetCurrentLeverageRatio() []byte {
	enc, err := indexLeverageExtension.abi.Pack("getCurrentLeverageRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCurrentLeverageRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc31443bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCurrentLeverageRatio() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) TryPackGetCurrentLeverageRatio() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("getCurrentLeverageRatio")
}

// UnpackGetCurrentLeverageRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc31443bb.
//
// Solidity: function getCurrentLeverageRatio() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) UnpackGetCurrentLeverageRatio(data []byte) (*big.Int, error) {
	out, err := indexLeverageExtension.abi.Unpack("getCurrentLeverageRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetEnabledExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda390480.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEnabledExchanges() view returns(string[])
func (indexLeverageExtension *IndexLeverageExtension) PackGetEnabledExchanges() []byte {
	enc, err := indexLeverageExtension.abi.Pack("getEnabledExchanges")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEnabledExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda390480.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEnabledExchanges() view returns(string[])
func (indexLeverageExtension *IndexLeverageExtension) TryPackGetEnabledExchanges() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("getEnabledExchanges")
}

// UnpackGetEnabledExchanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda390480.
//
// Solidity: function getEnabledExchanges() view returns(string[])
func (indexLeverageExtension *IndexLeverageExtension) UnpackGetEnabledExchanges(data []byte) ([]string, error) {
	out, err := indexLeverageExtension.abi.Unpack("getEnabledExchanges", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackGetIncentive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdde5aa69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIncentive() view returns((uint256,uint256,uint256,uint256))
func (indexLeverageExtension *IndexLeverageExtension) PackGetIncentive() []byte {
	enc, err := indexLeverageExtension.abi.Pack("getIncentive")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIncentive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdde5aa69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIncentive() view returns((uint256,uint256,uint256,uint256))
func (indexLeverageExtension *IndexLeverageExtension) TryPackGetIncentive() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("getIncentive")
}

// UnpackGetIncentive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdde5aa69.
//
// Solidity: function getIncentive() view returns((uint256,uint256,uint256,uint256))
func (indexLeverageExtension *IndexLeverageExtension) UnpackGetIncentive(data []byte) (IndexLeverageExtensionIncentiveSettings, error) {
	out, err := indexLeverageExtension.abi.Unpack("getIncentive", data)
	if err != nil {
		return *new(IndexLeverageExtensionIncentiveSettings), err
	}
	out0 := *abi.ConvertType(out[0], new(IndexLeverageExtensionIncentiveSettings)).(*IndexLeverageExtensionIncentiveSettings)
	return out0, nil
}

// PackGetMethodology is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04d7f3e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMethodology() view returns((uint256,uint256,uint256,uint256,uint256))
func (indexLeverageExtension *IndexLeverageExtension) PackGetMethodology() []byte {
	enc, err := indexLeverageExtension.abi.Pack("getMethodology")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMethodology is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04d7f3e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMethodology() view returns((uint256,uint256,uint256,uint256,uint256))
func (indexLeverageExtension *IndexLeverageExtension) TryPackGetMethodology() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("getMethodology")
}

// UnpackGetMethodology is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04d7f3e7.
//
// Solidity: function getMethodology() view returns((uint256,uint256,uint256,uint256,uint256))
func (indexLeverageExtension *IndexLeverageExtension) UnpackGetMethodology(data []byte) (IndexLeverageExtensionMethodologySettings, error) {
	out, err := indexLeverageExtension.abi.Unpack("getMethodology", data)
	if err != nil {
		return *new(IndexLeverageExtensionMethodologySettings), err
	}
	out0 := *abi.ConvertType(out[0], new(IndexLeverageExtensionMethodologySettings)).(*IndexLeverageExtensionMethodologySettings)
	return out0, nil
}

// PackGlobalLastTradeTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1c7ff0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function globalLastTradeTimestamp() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) PackGlobalLastTradeTimestamp() []byte {
	enc, err := indexLeverageExtension.abi.Pack("globalLastTradeTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGlobalLastTradeTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1c7ff0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function globalLastTradeTimestamp() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) TryPackGlobalLastTradeTimestamp() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("globalLastTradeTimestamp")
}

// UnpackGlobalLastTradeTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1c7ff0c.
//
// Solidity: function globalLastTradeTimestamp() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) UnpackGlobalLastTradeTimestamp(data []byte) (*big.Int, error) {
	out, err := indexLeverageExtension.abi.Unpack("globalLastTradeTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operator() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) PackOperator() []byte {
	enc, err := indexLeverageExtension.abi.Pack("operator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operator() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) TryPackOperator() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("operator")
}

// UnpackOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) UnpackOperator(data []byte) (common.Address, error) {
	out, err := indexLeverageExtension.abi.Unpack("operator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPriceFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741bef1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceFeed() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) PackPriceFeed() []byte {
	enc, err := indexLeverageExtension.abi.Pack("priceFeed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741bef1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceFeed() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) TryPackPriceFeed() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("priceFeed")
}

// UnpackPriceFeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x741bef1a.
//
// Solidity: function priceFeed() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) UnpackPriceFeed(data []byte) (common.Address, error) {
	out, err := indexLeverageExtension.abi.Unpack("priceFeed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetLastTradeTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x352dadea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLastTradeTimestamp(uint256 timestamp) returns()
func (indexLeverageExtension *IndexLeverageExtension) PackSetLastTradeTimestamp(timestamp *big.Int) []byte {
	enc, err := indexLeverageExtension.abi.Pack("setLastTradeTimestamp", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLastTradeTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x352dadea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLastTradeTimestamp(uint256 timestamp) returns()
func (indexLeverageExtension *IndexLeverageExtension) TryPackSetLastTradeTimestamp(timestamp *big.Int) ([]byte, error) {
	return indexLeverageExtension.abi.Pack("setLastTradeTimestamp", timestamp)
}

// PackSetToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed9cf58c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) PackSetToken() []byte {
	enc, err := indexLeverageExtension.abi.Pack("setToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed9cf58c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) TryPackSetToken() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("setToken")
}

// UnpackSetToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed9cf58c.
//
// Solidity: function setToken() view returns(address)
func (indexLeverageExtension *IndexLeverageExtension) UnpackSetToken(data []byte) (common.Address, error) {
	out, err := indexLeverageExtension.abi.Unpack("setToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetTwapLeverageRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdcf5125.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTwapLeverageRatio(uint256 ratio) returns()
func (indexLeverageExtension *IndexLeverageExtension) PackSetTwapLeverageRatio(ratio *big.Int) []byte {
	enc, err := indexLeverageExtension.abi.Pack("setTwapLeverageRatio", ratio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTwapLeverageRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdcf5125.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTwapLeverageRatio(uint256 ratio) returns()
func (indexLeverageExtension *IndexLeverageExtension) TryPackSetTwapLeverageRatio(ratio *big.Int) ([]byte, error) {
	return indexLeverageExtension.abi.Pack("setTwapLeverageRatio", ratio)
}

// PackShouldRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2c1d5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shouldRebalance() view returns(string[], uint8[])
func (indexLeverageExtension *IndexLeverageExtension) PackShouldRebalance() []byte {
	enc, err := indexLeverageExtension.abi.Pack("shouldRebalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShouldRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2c1d5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shouldRebalance() view returns(string[], uint8[])
func (indexLeverageExtension *IndexLeverageExtension) TryPackShouldRebalance() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("shouldRebalance")
}

// ShouldRebalanceOutput serves as a container for the return parameters of contract
// method ShouldRebalance.
type ShouldRebalanceOutput struct {
	Arg0 []string
	Arg1 []uint8
}

// UnpackShouldRebalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae2c1d5f.
//
// Solidity: function shouldRebalance() view returns(string[], uint8[])
func (indexLeverageExtension *IndexLeverageExtension) UnpackShouldRebalance(data []byte) (ShouldRebalanceOutput, error) {
	out, err := indexLeverageExtension.abi.Unpack("shouldRebalance", data)
	outstruct := new(ShouldRebalanceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([]string)).(*[]string)
	outstruct.Arg1 = *abi.ConvertType(out[1], new([]uint8)).(*[]uint8)
	return *outstruct, nil
}

// PackTwapLeverageRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdfb7091.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function twapLeverageRatio() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) PackTwapLeverageRatio() []byte {
	enc, err := indexLeverageExtension.abi.Pack("twapLeverageRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTwapLeverageRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdfb7091.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function twapLeverageRatio() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) TryPackTwapLeverageRatio() ([]byte, error) {
	return indexLeverageExtension.abi.Pack("twapLeverageRatio")
}

// UnpackTwapLeverageRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdfb7091.
//
// Solidity: function twapLeverageRatio() view returns(uint256)
func (indexLeverageExtension *IndexLeverageExtension) UnpackTwapLeverageRatio(data []byte) (*big.Int, error) {
	out, err := indexLeverageExtension.abi.Unpack("twapLeverageRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexLeverageExtension *IndexLeverageExtension) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexLeverageExtension.abi.Errors["OnlyOperator"].ID.Bytes()[:4]) {
		return indexLeverageExtension.UnpackOnlyOperatorError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexLeverageExtensionOnlyOperator represents a OnlyOperator error raised by the IndexLeverageExtension contract.
type IndexLeverageExtensionOnlyOperator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyOperator()
func IndexLeverageExtensionOnlyOperatorErrorID() common.Hash {
	return common.HexToHash("0x27e1f1e5af18306f4eb3e41acd1bcb674286700ed0a791d43176d711b8a5a959")
}

// UnpackOnlyOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyOperator()
func (indexLeverageExtension *IndexLeverageExtension) UnpackOnlyOperatorError(raw []byte) (*IndexLeverageExtensionOnlyOperator, error) {
	out := new(IndexLeverageExtensionOnlyOperator)
	if err := indexLeverageExtension.abi.UnpackIntoInterface(out, "OnlyOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexSetTokenMetaData contains all meta data concerning the IndexSetToken contract.
var IndexSetTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"collateralAToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debtAsset_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debtToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"leverageModule_\",\"type\":\"address\"},{\"internalType\":\"uint256[2]\",\"name\":\"units_\",\"type\":\"uint256[2]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyManager\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyModule\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"_returnValue\",\"type\":\"bytes\"}],\"name\":\"Invoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_module\",\"type\":\"address\"}],\"name\":\"ModuleAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_module\",\"type\":\"address\"}],\"name\":\"ModuleInitialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_module\",\"type\":\"address\"}],\"name\":\"addModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralAToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"debtAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"debtToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getComponents\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"c\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_component\",\"type\":\"address\"}],\"name\":\"getDefaultPositionRealUnit\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_component\",\"type\":\"address\"}],\"name\":\"getExternalPositionModules\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"m\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_component\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_positionModule\",\"type\":\"address\"}],\"name\":\"getExternalPositionRealUnit\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getModules\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_component\",\"type\":\"address\"}],\"name\":\"getTotalComponentRealUnits\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initializeModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"name\":\"invoke\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_module\",\"type\":\"address\"}],\"name\":\"isInitializedModule\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leverageModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_quantity\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"moduleStates\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"positionMultiplier\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IndexSetToken",
	Bin: "0x610140604052348015610010575f5ffd5b5060405161175938038061175983398101604081905261002f91610170565b5f61003a88826102f3565b50600161004787826102f3565b50600580546001600160a01b031916331790556001600160a01b0394851660805292841660a05290831660c05290911660e0528051610100526020015161012052506103b19050565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b03811182821017156100c6576100c6610090565b60405290565b5f82601f8301126100db575f5ffd5b81516001600160401b038111156100f4576100f4610090565b604051601f8201601f19908116603f011681016001600160401b038111828210171561012257610122610090565b604052818152838201602001851015610139575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b038116811461016b575f5ffd5b919050565b5f5f5f5f5f5f5f610100888a031215610187575f5ffd5b87516001600160401b0381111561019c575f5ffd5b6101a88a828b016100cc565b60208a015190985090506001600160401b038111156101c5575f5ffd5b6101d18a828b016100cc565b9650506101e060408901610155565b94506101ee60608901610155565b93506101fc60808901610155565b925061020a60a08901610155565b91508860df89011261021a575f5ffd5b6102226100a4565b806101008a018b811115610234575f5ffd5b60c08b015b81811015610251578051845260209384019301610239565b5050809250505092959891949750929550565b600181811c9082168061027857607f821691505b60208210810361029657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102ee57828211156102ee57805f5260205f20601f840160051c60208510156102c757505f5b90810190601f840160051c035f5b818110156102ea575f838201556001016102d5565b5050505b505050565b81516001600160401b0381111561030c5761030c610090565b6103208161031a8454610264565b8461029c565b6020601f821160018114610352575f831561033b5750848201515b5f19600385901b1c1916600184901b1784556103aa565b5f84815260208120601f198516915b828110156103815787850151825560209485019460019092019101610361565b508482101561039e57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c05160e051610100516101205161131b61043e5f395f61077001525f610a0e01525f81816104400152818161072101528181610dfb0152610ecd01525f818161046701526107b201525f81816103a6015281816106e501528181610c4a0152610d8f01525f81816101c4015281816109c401528181610a4a0152610bf7015261131b5ff3fe608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c806370a08231116100f3578063a919802d11610093578063dd62ed3e1161006e578063dd62ed3e146103fe578063eaf993e114610428578063f5b33dfa1461043b578063f8d8989814610462575f5ffd5b8063a919802d146103a1578063b2494df3146103c8578063d7f1b27c146103d0575f5ffd5b806399d50d5d116100ce57806399d50d5d146103535780639dc29fac14610368578063a7bdad031461037b578063a9059cbb1461038e575f5ffd5b806370a08231146103195780638f6f03321461033857806395d89b411461034b575f5ffd5b806323b872dd1161015e57806340c10f191161013957806340c10f19146102d1578063481c6a75146102e45780635230c396146102f757806366cb8d2f14610306575f5ffd5b806323b872dd14610282578063313ce5671461029557806335bc4e52146102af575f5ffd5b80630ffe0f1e116101995780630ffe0f1e1461023b57806318160ddd146102455780631ed86f191461025c57806322ebeba41461026f575f5ffd5b806303d919dd146101bf57806306fdde0314610203578063095ea7b314610218575b5f5ffd5b6101e67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61020b610489565b6040516101fa9190611004565b61022b610226366004611038565b610514565b60405190151581526020016101fa565b610243610580565b005b61024e60025481565b6040519081526020016101fa565b61024361026a366004611060565b6105f3565b61024e61027d366004611079565b6106e2565b61022b6102903660046110aa565b610879565b61029d601281565b60405160ff90911681526020016101fa565b61029d6102bd366004611060565b60076020525f908152604090205460ff1681565b6102436102df366004611038565b610909565b6005546101e6906001600160a01b031681565b61024e670de0b6b3a764000081565b61024e610314366004611060565b6109c1565b61024e610327366004611060565b60036020525f908152604090205481565b61020b6103463660046110e4565b610ad7565b61020b610bc8565b61035b610bd5565b6040516101fa9190611167565b610243610376366004611038565b610c9f565b61035b610389366004611060565b610d8b565b61022b61039c366004611038565b610e51565b6101e67f000000000000000000000000000000000000000000000000000000000000000081565b61035b610e66565b61022b6103de366004611060565b6001600160a01b03165f9081526007602052604090205460ff1660021490565b61024e61040c366004611079565b600460209081525f928352604080842090915290825290205481565b61024e610436366004611060565b610ec6565b6101e67f000000000000000000000000000000000000000000000000000000000000000081565b6101e67f000000000000000000000000000000000000000000000000000000000000000081565b5f8054610495906111b2565b80601f01602080910402602001604051908101604052809291908181526020018280546104c1906111b2565b801561050c5780601f106104e35761010080835404028352916020019161050c565b820191905f5260205f20905b8154815290600101906020018083116104ef57829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9259061056e9086815260200190565b60405180910390a35060015b92915050565b335f9081526007602052604090205460ff166001146105b257604051633ee3282d60e11b815260040160405180910390fd5b335f81815260076020526040808220805460ff19166002179055517f27b541a16df0902e262f34789782092ab25125513b8ed73608e802951771b9289190a2565b6005546001600160a01b0316331461061e5760405163605919ad60e11b815260040160405180910390fd5b6001600160a01b0381165f9081526007602052604090205460ff161561065757604051633ee3282d60e11b815260040160405180910390fd5b6001600160a01b0381165f81815260076020526040808220805460ff1916600190811790915560068054918201815583527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f0180546001600160a01b03191684179055517fead6a006345da1073a106d5f32372d2d2204f46cb0b4bca8f5ebafcbbed12b8a9190a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b031614158061075657507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614155b1561076257505f61057a565b6002545f0361079b576107947f00000000000000000000000000000000000000000000000000000000000000006111fe565b905061057a565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156107ff573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108239190611218565b9050801561086657600254600161084283670de0b6b3a764000061122f565b61084c9190611246565b6108569190611259565b610861906001611278565b610868565b5f5b610871906111fe565b949350505050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f1981146108f357828110156108c5576040516313be252b60e01b815260040160405180910390fd5b6108cf8382611246565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b6108fe858585610f04565b506001949350505050565b335f9081526007602052604090205460ff1660021461093b576040516309ce4f1960e11b815260040160405180910390fd5b8060025f82825461094c9190611278565b90915550506001600160a01b0382165f9081526003602052604081208054839290610978908490611278565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614610a0257505f919050565b6002545f03610a3257507f0000000000000000000000000000000000000000000000000000000000000000919050565b6002546040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610a97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610abb9190611218565b610acd90670de0b6b3a764000061122f565b61057a9190611259565b335f9081526007602052604090205460609060ff16600214610b0c576040516309ce4f1960e11b815260040160405180910390fd5b5f856001600160a01b0316858585604051610b2892919061128b565b5f6040518083038185875af1925050503d805f8114610b62576040519150601f19603f3d011682016040523d82523d5f602084013e610b67565b606091505b509250905080610b7957815160208301fd5b84866001600160a01b03167f2a936dbabeaea30adc1ddad138b1958497988474bef8b09a29411f0105ab8ab2868686604051610bb79392919061129a565b60405180910390a350949350505050565b60018054610495906111b2565b60408051600280825260608083018452926020830190803683370190505090507f0000000000000000000000000000000000000000000000000000000000000000815f81518110610c2857610c286112e0565b60200260200101906001600160a01b031690816001600160a01b0316815250507f000000000000000000000000000000000000000000000000000000000000000081600181518110610c7c57610c7c6112e0565b60200260200101906001600160a01b031690816001600160a01b03168152505090565b335f9081526007602052604090205460ff16600214610cd1576040516309ce4f1960e11b815260040160405180910390fd5b6001600160a01b0382165f9081526003602052604090205481811015610d0a57604051631e9acf1760e31b815260040160405180910390fd5b610d148282611246565b6001600160a01b0384165f9081526003602052604081209190915560028054849290610d41908490611246565b90915550506040518281525f906001600160a01b038516907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614610dd9575050604080515f81526020810190915290565b60408051600180825281830190925290602080830190803683370190505090507f0000000000000000000000000000000000000000000000000000000000000000815f81518110610e2c57610e2c6112e0565b60200260200101906001600160a01b031690816001600160a01b031681525050919050565b5f610e5d338484610f04565b50600192915050565b60606006805480602002602001604051908101604052809291908181526020018280548015610ebc57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610e9e575b5050505050905090565b5f610ef1827f00000000000000000000000000000000000000000000000000000000000000006106e2565b610efa836109c1565b61057a91906112f4565b6001600160a01b0383165f9081526003602052604090205481811015610f3d57604051631e9acf1760e31b815260040160405180910390fd5b610f478282611246565b6001600160a01b038086165f908152600360205260408082209390935590851681529081208054849290610f7c908490611278565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef84604051610fc891815260200190565b60405180910390a350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6110166020830184610fd6565b9392505050565b80356001600160a01b0381168114611033575f5ffd5b919050565b5f5f60408385031215611049575f5ffd5b6110528361101d565b946020939093013593505050565b5f60208284031215611070575f5ffd5b6110168261101d565b5f5f6040838503121561108a575f5ffd5b6110938361101d565b91506110a16020840161101d565b90509250929050565b5f5f5f606084860312156110bc575f5ffd5b6110c58461101d565b92506110d36020850161101d565b929592945050506040919091013590565b5f5f5f5f606085870312156110f7575f5ffd5b6111008561101d565b935060208501359250604085013567ffffffffffffffff811115611122575f5ffd5b8501601f81018713611132575f5ffd5b803567ffffffffffffffff811115611148575f5ffd5b876020828401011115611159575f5ffd5b949793965060200194505050565b602080825282518282018190525f918401906040840190835b818110156111a75783516001600160a01b0316835260209384019390920191600101611180565b509095945050505050565b600181811c908216806111c657607f821691505b6020821081036111e457634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f600160ff1b8201611212576112126111ea565b505f0390565b5f60208284031215611228575f5ffd5b5051919050565b808202811582820484141761057a5761057a6111ea565b8181038181111561057a5761057a6111ea565b5f8261127357634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561057a5761057a6111ea565b818382375f9101908152919050565b60408152826040820152828460608301375f606084830101525f601f19601f850116820160608382030160208401526112d66060820185610fd6565b9695505050505050565b634e487b7160e01b5f52603260045260245ffd5b8082018281125f831280158216821582161715611313576113136111ea565b50509291505056",
}

// IndexSetToken is an auto generated Go binding around an Ethereum contract.
type IndexSetToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexSetToken) GetABI() abi.ABI {
	return c.abi
}

// NewIndexSetToken creates a new instance of IndexSetToken.
func NewIndexSetToken() *IndexSetToken {
	parsed, err := IndexSetTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexSetToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexSetToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address collateralAToken_, address debtAsset_, address debtToken_, address leverageModule_, uint256[2] units_) returns()
func (indexSetToken *IndexSetToken) PackConstructor(name_ string, symbol_ string, collateralAToken_ common.Address, debtAsset_ common.Address, debtToken_ common.Address, leverageModule_ common.Address, units_ [2]*big.Int) []byte {
	enc, err := indexSetToken.abi.Pack("", name_, symbol_, collateralAToken_, debtAsset_, debtToken_, leverageModule_, units_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ed86f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addModule(address _module) returns()
func (indexSetToken *IndexSetToken) PackAddModule(module common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("addModule", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ed86f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addModule(address _module) returns()
func (indexSetToken *IndexSetToken) TryPackAddModule(module common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("addModule", module)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (indexSetToken *IndexSetToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("allowance", arg0, arg1)
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
func (indexSetToken *IndexSetToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (indexSetToken *IndexSetToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := indexSetToken.abi.Unpack("allowance", data)
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
func (indexSetToken *IndexSetToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := indexSetToken.abi.Pack("approve", spender, amount)
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
func (indexSetToken *IndexSetToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return indexSetToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (indexSetToken *IndexSetToken) UnpackApprove(data []byte) (bool, error) {
	out, err := indexSetToken.abi.Unpack("approve", data)
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
func (indexSetToken *IndexSetToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("balanceOf", arg0)
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
func (indexSetToken *IndexSetToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (indexSetToken *IndexSetToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := indexSetToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address _account, uint256 _quantity) returns()
func (indexSetToken *IndexSetToken) PackBurn(account common.Address, quantity *big.Int) []byte {
	enc, err := indexSetToken.abi.Pack("burn", account, quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address _account, uint256 _quantity) returns()
func (indexSetToken *IndexSetToken) TryPackBurn(account common.Address, quantity *big.Int) ([]byte, error) {
	return indexSetToken.abi.Pack("burn", account, quantity)
}

// PackCollateralAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d919dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralAToken() view returns(address)
func (indexSetToken *IndexSetToken) PackCollateralAToken() []byte {
	enc, err := indexSetToken.abi.Pack("collateralAToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d919dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralAToken() view returns(address)
func (indexSetToken *IndexSetToken) TryPackCollateralAToken() ([]byte, error) {
	return indexSetToken.abi.Pack("collateralAToken")
}

// UnpackCollateralAToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03d919dd.
//
// Solidity: function collateralAToken() view returns(address)
func (indexSetToken *IndexSetToken) UnpackCollateralAToken(data []byte) (common.Address, error) {
	out, err := indexSetToken.abi.Unpack("collateralAToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDebtAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa919802d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debtAsset() view returns(address)
func (indexSetToken *IndexSetToken) PackDebtAsset() []byte {
	enc, err := indexSetToken.abi.Pack("debtAsset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa919802d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtAsset() view returns(address)
func (indexSetToken *IndexSetToken) TryPackDebtAsset() ([]byte, error) {
	return indexSetToken.abi.Pack("debtAsset")
}

// UnpackDebtAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa919802d.
//
// Solidity: function debtAsset() view returns(address)
func (indexSetToken *IndexSetToken) UnpackDebtAsset(data []byte) (common.Address, error) {
	out, err := indexSetToken.abi.Unpack("debtAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d89898.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debtToken() view returns(address)
func (indexSetToken *IndexSetToken) PackDebtToken() []byte {
	enc, err := indexSetToken.abi.Pack("debtToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d89898.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtToken() view returns(address)
func (indexSetToken *IndexSetToken) TryPackDebtToken() ([]byte, error) {
	return indexSetToken.abi.Pack("debtToken")
}

// UnpackDebtToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8d89898.
//
// Solidity: function debtToken() view returns(address)
func (indexSetToken *IndexSetToken) UnpackDebtToken(data []byte) (common.Address, error) {
	out, err := indexSetToken.abi.Unpack("debtToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (indexSetToken *IndexSetToken) PackDecimals() []byte {
	enc, err := indexSetToken.abi.Pack("decimals")
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
func (indexSetToken *IndexSetToken) TryPackDecimals() ([]byte, error) {
	return indexSetToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (indexSetToken *IndexSetToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := indexSetToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetComponents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99d50d5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getComponents() view returns(address[] c)
func (indexSetToken *IndexSetToken) PackGetComponents() []byte {
	enc, err := indexSetToken.abi.Pack("getComponents")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetComponents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99d50d5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getComponents() view returns(address[] c)
func (indexSetToken *IndexSetToken) TryPackGetComponents() ([]byte, error) {
	return indexSetToken.abi.Pack("getComponents")
}

// UnpackGetComponents is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99d50d5d.
//
// Solidity: function getComponents() view returns(address[] c)
func (indexSetToken *IndexSetToken) UnpackGetComponents(data []byte) ([]common.Address, error) {
	out, err := indexSetToken.abi.Unpack("getComponents", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetDefaultPositionRealUnit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66cb8d2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDefaultPositionRealUnit(address _component) view returns(int256)
func (indexSetToken *IndexSetToken) PackGetDefaultPositionRealUnit(component common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("getDefaultPositionRealUnit", component)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDefaultPositionRealUnit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66cb8d2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDefaultPositionRealUnit(address _component) view returns(int256)
func (indexSetToken *IndexSetToken) TryPackGetDefaultPositionRealUnit(component common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("getDefaultPositionRealUnit", component)
}

// UnpackGetDefaultPositionRealUnit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66cb8d2f.
//
// Solidity: function getDefaultPositionRealUnit(address _component) view returns(int256)
func (indexSetToken *IndexSetToken) UnpackGetDefaultPositionRealUnit(data []byte) (*big.Int, error) {
	out, err := indexSetToken.abi.Unpack("getDefaultPositionRealUnit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetExternalPositionModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7bdad03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getExternalPositionModules(address _component) view returns(address[] m)
func (indexSetToken *IndexSetToken) PackGetExternalPositionModules(component common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("getExternalPositionModules", component)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetExternalPositionModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7bdad03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getExternalPositionModules(address _component) view returns(address[] m)
func (indexSetToken *IndexSetToken) TryPackGetExternalPositionModules(component common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("getExternalPositionModules", component)
}

// UnpackGetExternalPositionModules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7bdad03.
//
// Solidity: function getExternalPositionModules(address _component) view returns(address[] m)
func (indexSetToken *IndexSetToken) UnpackGetExternalPositionModules(data []byte) ([]common.Address, error) {
	out, err := indexSetToken.abi.Unpack("getExternalPositionModules", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetExternalPositionRealUnit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22ebeba4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getExternalPositionRealUnit(address _component, address _positionModule) view returns(int256)
func (indexSetToken *IndexSetToken) PackGetExternalPositionRealUnit(component common.Address, positionModule common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("getExternalPositionRealUnit", component, positionModule)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetExternalPositionRealUnit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22ebeba4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getExternalPositionRealUnit(address _component, address _positionModule) view returns(int256)
func (indexSetToken *IndexSetToken) TryPackGetExternalPositionRealUnit(component common.Address, positionModule common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("getExternalPositionRealUnit", component, positionModule)
}

// UnpackGetExternalPositionRealUnit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22ebeba4.
//
// Solidity: function getExternalPositionRealUnit(address _component, address _positionModule) view returns(int256)
func (indexSetToken *IndexSetToken) UnpackGetExternalPositionRealUnit(data []byte) (*big.Int, error) {
	out, err := indexSetToken.abi.Unpack("getExternalPositionRealUnit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2494df3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModules() view returns(address[])
func (indexSetToken *IndexSetToken) PackGetModules() []byte {
	enc, err := indexSetToken.abi.Pack("getModules")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2494df3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModules() view returns(address[])
func (indexSetToken *IndexSetToken) TryPackGetModules() ([]byte, error) {
	return indexSetToken.abi.Pack("getModules")
}

// UnpackGetModules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2494df3.
//
// Solidity: function getModules() view returns(address[])
func (indexSetToken *IndexSetToken) UnpackGetModules(data []byte) ([]common.Address, error) {
	out, err := indexSetToken.abi.Unpack("getModules", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetTotalComponentRealUnits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaf993e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalComponentRealUnits(address _component) view returns(int256)
func (indexSetToken *IndexSetToken) PackGetTotalComponentRealUnits(component common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("getTotalComponentRealUnits", component)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalComponentRealUnits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaf993e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalComponentRealUnits(address _component) view returns(int256)
func (indexSetToken *IndexSetToken) TryPackGetTotalComponentRealUnits(component common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("getTotalComponentRealUnits", component)
}

// UnpackGetTotalComponentRealUnits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaf993e1.
//
// Solidity: function getTotalComponentRealUnits(address _component) view returns(int256)
func (indexSetToken *IndexSetToken) UnpackGetTotalComponentRealUnits(data []byte) (*big.Int, error) {
	out, err := indexSetToken.abi.Unpack("getTotalComponentRealUnits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitializeModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ffe0f1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initializeModule() returns()
func (indexSetToken *IndexSetToken) PackInitializeModule() []byte {
	enc, err := indexSetToken.abi.Pack("initializeModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitializeModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ffe0f1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initializeModule() returns()
func (indexSetToken *IndexSetToken) TryPackInitializeModule() ([]byte, error) {
	return indexSetToken.abi.Pack("initializeModule")
}

// PackInvoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f6f0332.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function invoke(address _target, uint256 _value, bytes _data) returns(bytes ret)
func (indexSetToken *IndexSetToken) PackInvoke(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := indexSetToken.abi.Pack("invoke", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f6f0332.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function invoke(address _target, uint256 _value, bytes _data) returns(bytes ret)
func (indexSetToken *IndexSetToken) TryPackInvoke(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return indexSetToken.abi.Pack("invoke", target, value, data)
}

// UnpackInvoke is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f6f0332.
//
// Solidity: function invoke(address _target, uint256 _value, bytes _data) returns(bytes ret)
func (indexSetToken *IndexSetToken) UnpackInvoke(data []byte) ([]byte, error) {
	out, err := indexSetToken.abi.Unpack("invoke", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsInitializedModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7f1b27c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isInitializedModule(address _module) view returns(bool)
func (indexSetToken *IndexSetToken) PackIsInitializedModule(module common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("isInitializedModule", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsInitializedModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7f1b27c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isInitializedModule(address _module) view returns(bool)
func (indexSetToken *IndexSetToken) TryPackIsInitializedModule(module common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("isInitializedModule", module)
}

// UnpackIsInitializedModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7f1b27c.
//
// Solidity: function isInitializedModule(address _module) view returns(bool)
func (indexSetToken *IndexSetToken) UnpackIsInitializedModule(data []byte) (bool, error) {
	out, err := indexSetToken.abi.Unpack("isInitializedModule", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeverageModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b33dfa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leverageModule() view returns(address)
func (indexSetToken *IndexSetToken) PackLeverageModule() []byte {
	enc, err := indexSetToken.abi.Pack("leverageModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeverageModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b33dfa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leverageModule() view returns(address)
func (indexSetToken *IndexSetToken) TryPackLeverageModule() ([]byte, error) {
	return indexSetToken.abi.Pack("leverageModule")
}

// UnpackLeverageModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5b33dfa.
//
// Solidity: function leverageModule() view returns(address)
func (indexSetToken *IndexSetToken) UnpackLeverageModule(data []byte) (common.Address, error) {
	out, err := indexSetToken.abi.Unpack("leverageModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manager() view returns(address)
func (indexSetToken *IndexSetToken) PackManager() []byte {
	enc, err := indexSetToken.abi.Pack("manager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manager() view returns(address)
func (indexSetToken *IndexSetToken) TryPackManager() ([]byte, error) {
	return indexSetToken.abi.Pack("manager")
}

// UnpackManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x481c6a75.
//
// Solidity: function manager() view returns(address)
func (indexSetToken *IndexSetToken) UnpackManager(data []byte) (common.Address, error) {
	out, err := indexSetToken.abi.Unpack("manager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address _account, uint256 _quantity) returns()
func (indexSetToken *IndexSetToken) PackMint(account common.Address, quantity *big.Int) []byte {
	enc, err := indexSetToken.abi.Pack("mint", account, quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address _account, uint256 _quantity) returns()
func (indexSetToken *IndexSetToken) TryPackMint(account common.Address, quantity *big.Int) ([]byte, error) {
	return indexSetToken.abi.Pack("mint", account, quantity)
}

// PackModuleStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35bc4e52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleStates(address ) view returns(uint8)
func (indexSetToken *IndexSetToken) PackModuleStates(arg0 common.Address) []byte {
	enc, err := indexSetToken.abi.Pack("moduleStates", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModuleStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35bc4e52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moduleStates(address ) view returns(uint8)
func (indexSetToken *IndexSetToken) TryPackModuleStates(arg0 common.Address) ([]byte, error) {
	return indexSetToken.abi.Pack("moduleStates", arg0)
}

// UnpackModuleStates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35bc4e52.
//
// Solidity: function moduleStates(address ) view returns(uint8)
func (indexSetToken *IndexSetToken) UnpackModuleStates(data []byte) (uint8, error) {
	out, err := indexSetToken.abi.Unpack("moduleStates", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (indexSetToken *IndexSetToken) PackName() []byte {
	enc, err := indexSetToken.abi.Pack("name")
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
func (indexSetToken *IndexSetToken) TryPackName() ([]byte, error) {
	return indexSetToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (indexSetToken *IndexSetToken) UnpackName(data []byte) (string, error) {
	out, err := indexSetToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPositionMultiplier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5230c396.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function positionMultiplier() view returns(int256)
func (indexSetToken *IndexSetToken) PackPositionMultiplier() []byte {
	enc, err := indexSetToken.abi.Pack("positionMultiplier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPositionMultiplier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5230c396.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function positionMultiplier() view returns(int256)
func (indexSetToken *IndexSetToken) TryPackPositionMultiplier() ([]byte, error) {
	return indexSetToken.abi.Pack("positionMultiplier")
}

// UnpackPositionMultiplier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5230c396.
//
// Solidity: function positionMultiplier() view returns(int256)
func (indexSetToken *IndexSetToken) UnpackPositionMultiplier(data []byte) (*big.Int, error) {
	out, err := indexSetToken.abi.Unpack("positionMultiplier", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (indexSetToken *IndexSetToken) PackSymbol() []byte {
	enc, err := indexSetToken.abi.Pack("symbol")
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
func (indexSetToken *IndexSetToken) TryPackSymbol() ([]byte, error) {
	return indexSetToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (indexSetToken *IndexSetToken) UnpackSymbol(data []byte) (string, error) {
	out, err := indexSetToken.abi.Unpack("symbol", data)
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
func (indexSetToken *IndexSetToken) PackTotalSupply() []byte {
	enc, err := indexSetToken.abi.Pack("totalSupply")
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
func (indexSetToken *IndexSetToken) TryPackTotalSupply() ([]byte, error) {
	return indexSetToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (indexSetToken *IndexSetToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := indexSetToken.abi.Unpack("totalSupply", data)
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
func (indexSetToken *IndexSetToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := indexSetToken.abi.Pack("transfer", to, amount)
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
func (indexSetToken *IndexSetToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return indexSetToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (indexSetToken *IndexSetToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := indexSetToken.abi.Unpack("transfer", data)
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
func (indexSetToken *IndexSetToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := indexSetToken.abi.Pack("transferFrom", from, to, amount)
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
func (indexSetToken *IndexSetToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return indexSetToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (indexSetToken *IndexSetToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := indexSetToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IndexSetTokenApproval represents a Approval event raised by the IndexSetToken contract.
type IndexSetTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IndexSetTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (IndexSetTokenApproval) ContractEventName() string {
	return IndexSetTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (indexSetToken *IndexSetToken) UnpackApprovalEvent(log *types.Log) (*IndexSetTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexSetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexSetTokenApproval)
	if len(log.Data) > 0 {
		if err := indexSetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexSetToken.abi.Events[event].Inputs {
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

// IndexSetTokenInvoked represents a Invoked event raised by the IndexSetToken contract.
type IndexSetTokenInvoked struct {
	Target      common.Address
	Value       *big.Int
	Data        []byte
	ReturnValue []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const IndexSetTokenInvokedEventName = "Invoked"

// ContractEventName returns the user-defined event name.
func (IndexSetTokenInvoked) ContractEventName() string {
	return IndexSetTokenInvokedEventName
}

// UnpackInvokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Invoked(address indexed _target, uint256 indexed _value, bytes _data, bytes _returnValue)
func (indexSetToken *IndexSetToken) UnpackInvokedEvent(log *types.Log) (*IndexSetTokenInvoked, error) {
	event := "Invoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexSetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexSetTokenInvoked)
	if len(log.Data) > 0 {
		if err := indexSetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexSetToken.abi.Events[event].Inputs {
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

// IndexSetTokenModuleAdded represents a ModuleAdded event raised by the IndexSetToken contract.
type IndexSetTokenModuleAdded struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const IndexSetTokenModuleAddedEventName = "ModuleAdded"

// ContractEventName returns the user-defined event name.
func (IndexSetTokenModuleAdded) ContractEventName() string {
	return IndexSetTokenModuleAddedEventName
}

// UnpackModuleAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModuleAdded(address indexed _module)
func (indexSetToken *IndexSetToken) UnpackModuleAddedEvent(log *types.Log) (*IndexSetTokenModuleAdded, error) {
	event := "ModuleAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexSetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexSetTokenModuleAdded)
	if len(log.Data) > 0 {
		if err := indexSetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexSetToken.abi.Events[event].Inputs {
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

// IndexSetTokenModuleInitialized represents a ModuleInitialized event raised by the IndexSetToken contract.
type IndexSetTokenModuleInitialized struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const IndexSetTokenModuleInitializedEventName = "ModuleInitialized"

// ContractEventName returns the user-defined event name.
func (IndexSetTokenModuleInitialized) ContractEventName() string {
	return IndexSetTokenModuleInitializedEventName
}

// UnpackModuleInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModuleInitialized(address indexed _module)
func (indexSetToken *IndexSetToken) UnpackModuleInitializedEvent(log *types.Log) (*IndexSetTokenModuleInitialized, error) {
	event := "ModuleInitialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexSetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexSetTokenModuleInitialized)
	if len(log.Data) > 0 {
		if err := indexSetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexSetToken.abi.Events[event].Inputs {
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

// IndexSetTokenTransfer represents a Transfer event raised by the IndexSetToken contract.
type IndexSetTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const IndexSetTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (IndexSetTokenTransfer) ContractEventName() string {
	return IndexSetTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (indexSetToken *IndexSetToken) UnpackTransferEvent(log *types.Log) (*IndexSetTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexSetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexSetTokenTransfer)
	if len(log.Data) > 0 {
		if err := indexSetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexSetToken.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexSetToken *IndexSetToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexSetToken.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return indexSetToken.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexSetToken.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return indexSetToken.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexSetToken.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return indexSetToken.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexSetToken.abi.Errors["OnlyManager"].ID.Bytes()[:4]) {
		return indexSetToken.UnpackOnlyManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexSetToken.abi.Errors["OnlyModule"].ID.Bytes()[:4]) {
		return indexSetToken.UnpackOnlyModuleError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexSetTokenInsufficientAllowance represents a InsufficientAllowance error raised by the IndexSetToken contract.
type IndexSetTokenInsufficientAllowance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance()
func IndexSetTokenInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x13be252bc8f22c3de689f75d88d90b4c4aeb9cd39d50c39ae82df3b19f85cf73")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance()
func (indexSetToken *IndexSetToken) UnpackInsufficientAllowanceError(raw []byte) (*IndexSetTokenInsufficientAllowance, error) {
	out := new(IndexSetTokenInsufficientAllowance)
	if err := indexSetToken.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexSetTokenInsufficientBalance represents a InsufficientBalance error raised by the IndexSetToken contract.
type IndexSetTokenInsufficientBalance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance()
func IndexSetTokenInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xf4d678b8ce6b5157126b1484a53523762a93571537a7d5ae97d8014a44715c94")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance()
func (indexSetToken *IndexSetToken) UnpackInsufficientBalanceError(raw []byte) (*IndexSetTokenInsufficientBalance, error) {
	out := new(IndexSetTokenInsufficientBalance)
	if err := indexSetToken.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexSetTokenNotPending represents a NotPending error raised by the IndexSetToken contract.
type IndexSetTokenNotPending struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending()
func IndexSetTokenNotPendingErrorID() common.Hash {
	return common.HexToHash("0x7dc6505ab983559fd0163c7e9db57f93f08ed78599a9698d28a9f27ce0de2e72")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending()
func (indexSetToken *IndexSetToken) UnpackNotPendingError(raw []byte) (*IndexSetTokenNotPending, error) {
	out := new(IndexSetTokenNotPending)
	if err := indexSetToken.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexSetTokenOnlyManager represents a OnlyManager error raised by the IndexSetToken contract.
type IndexSetTokenOnlyManager struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyManager()
func IndexSetTokenOnlyManagerErrorID() common.Hash {
	return common.HexToHash("0xc0b2335a5df130fdf2da3e1c86a4fdcb8c62d955b5162e24ca95fd13e8800ea3")
}

// UnpackOnlyManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyManager()
func (indexSetToken *IndexSetToken) UnpackOnlyManagerError(raw []byte) (*IndexSetTokenOnlyManager, error) {
	out := new(IndexSetTokenOnlyManager)
	if err := indexSetToken.abi.UnpackIntoInterface(out, "OnlyManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexSetTokenOnlyModule represents a OnlyModule error raised by the IndexSetToken contract.
type IndexSetTokenOnlyModule struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyModule()
func IndexSetTokenOnlyModuleErrorID() common.Hash {
	return common.HexToHash("0x139c9e321b8d8fb91af61fcb5ac2f813c9e814baba6547f0b4ab6e2435b292e5")
}

// UnpackOnlyModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyModule()
func (indexSetToken *IndexSetToken) UnpackOnlyModuleError(raw []byte) (*IndexSetTokenOnlyModule, error) {
	out := new(IndexSetTokenOnlyModule)
	if err := indexSetToken.abi.UnpackIntoInterface(out, "OnlyModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexStreamingFeeModuleMetaData contains all meta data concerning the IndexStreamingFeeModule contract.
var IndexStreamingFeeModuleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"BadFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyManager\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_managerFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_protocolFee\",\"type\":\"uint256\"}],\"name\":\"FeeActualized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_newStreamingFee\",\"type\":\"uint256\"}],\"name\":\"StreamingFeeUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"}],\"name\":\"accrueFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"feeStates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxStreamingFeePercentage\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"streamingFeePercentage\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastStreamingFeeTimestamp\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"}],\"name\":\"getFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxStreamingFeePercentage\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"streamingFeePercentage\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastStreamingFeeTimestamp\",\"type\":\"uint256\"}],\"internalType\":\"structIndexStreamingFeeModule.FeeState\",\"name\":\"_settings\",\"type\":\"tuple\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_setToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_newFee\",\"type\":\"uint256\"}],\"name\":\"updateStreamingFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IndexStreamingFeeModule",
	Bin: "0x6080604052348015600e575f5ffd5b5061070b8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80632f3eec491461005957806345cb3fde1461006e5780638e7bdd4814610081578063b88c9148146100ee578063eb78e5ee1461010f575b5f5ffd5b61006c610067366004610594565b610122565b005b61006c61007c3660046105af565b61028c565b6100bf61008f366004610594565b5f6020819052908152604090208054600182015460028301546003909301546001600160a01b0390921692909184565b604080516001600160a01b03909516855260208501939093529183015260608201526080015b60405180910390f35b6101016100fc366004610594565b6103ae565b6040519081526020016100e5565b61006c61011d3660046105d9565b6103fa565b5f61012c826103ae565b90505f81156102305761014782670de0b6b3a764000061068a565b836001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610183573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101a791906106a3565b6101b190846106ba565b6101bb91906106d1565b90508015610230576001600160a01b038381165f81815260208190526040908190205490516340c10f1960e01b81529216600483015260248201839052906340c10f19906044015f604051808303815f87803b158015610219575f5ffd5b505af115801561022b573d5f5f3e3d5ffd5b505050505b6001600160a01b0383165f81815260208181526040808320426003909101558051858152918201929092527faca81f8dfdb5e554ef873ba451d1ca28d6701b3d9c3ab5e56c699ae0b37bade191015b60405180910390a2505050565b81806001600160a01b031663481c6a756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ed91906106f0565b6001600160a01b0316336001600160a01b03161461031e5760405163605919ad60e11b815260040160405180910390fd5b6001600160a01b0383165f908152602081905260409020600101548211156103595760405163917f1a5360e01b815260040160405180910390fd5b61036283610122565b6001600160a01b0383165f818152602081815260409182902060020185905590518481527fa648920efd9baafceb9a4c0163ddc4d7c9df1d0f9a58f8e376bd0ec68e0f7498910161027f565b6001600160a01b0381165f90815260208190526040812060038101546301e187e0906103da904261068a565b82600201546103e991906106ba565b6103f391906106d1565b9392505050565b81806001600160a01b031663481c6a756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610437573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061045b91906106f0565b6001600160a01b0316336001600160a01b03161461048c5760405163605919ad60e11b815260040160405180910390fd5b8160200151826040015111806104ae5750670de0b6b3a7640000826020015110155b156104cc5760405163917f1a5360e01b815260040160405180910390fd5b42606083019081526001600160a01b038481165f81815260208181526040808320885181546001600160a01b0319169616959095178555908701516001850155808701516002850155935160039093019290925582516307ff078f60e11b815292519092630ffe0f1e92600480830193919282900301818387803b158015610552575f5ffd5b505af1158015610564573d5f5f3e3d5ffd5b50505050505050565b6001600160a01b0381168114610581575f5ffd5b50565b803561058f8161056d565b919050565b5f602082840312156105a4575f5ffd5b81356103f38161056d565b5f5f604083850312156105c0575f5ffd5b82356105cb8161056d565b946020939093013593505050565b5f5f82840360a08112156105eb575f5ffd5b83356105f68161056d565b92506080601f1982011215610609575f5ffd5b506040516080810181811067ffffffffffffffff8211171561063957634e487b7160e01b5f52604160045260245ffd5b60405261064860208501610584565b8152604084810135602083015260608086013591830191909152608090940135938101939093525092909150565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561069d5761069d610676565b92915050565b5f602082840312156106b3575f5ffd5b5051919050565b808202811582820484141761069d5761069d610676565b5f826106eb57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215610700575f5ffd5b81516103f38161056d56",
}

// IndexStreamingFeeModule is an auto generated Go binding around an Ethereum contract.
type IndexStreamingFeeModule struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexStreamingFeeModule) GetABI() abi.ABI {
	return c.abi
}

// NewIndexStreamingFeeModule creates a new instance of IndexStreamingFeeModule.
func NewIndexStreamingFeeModule() *IndexStreamingFeeModule {
	parsed, err := IndexStreamingFeeModuleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexStreamingFeeModule{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexStreamingFeeModule) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAccrueFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f3eec49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrueFee(address _setToken) returns()
func (indexStreamingFeeModule *IndexStreamingFeeModule) PackAccrueFee(setToken common.Address) []byte {
	enc, err := indexStreamingFeeModule.abi.Pack("accrueFee", setToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrueFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f3eec49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrueFee(address _setToken) returns()
func (indexStreamingFeeModule *IndexStreamingFeeModule) TryPackAccrueFee(setToken common.Address) ([]byte, error) {
	return indexStreamingFeeModule.abi.Pack("accrueFee", setToken)
}

// PackFeeStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e7bdd48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeStates(address ) view returns(address feeRecipient, uint256 maxStreamingFeePercentage, uint256 streamingFeePercentage, uint256 lastStreamingFeeTimestamp)
func (indexStreamingFeeModule *IndexStreamingFeeModule) PackFeeStates(arg0 common.Address) []byte {
	enc, err := indexStreamingFeeModule.abi.Pack("feeStates", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e7bdd48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeStates(address ) view returns(address feeRecipient, uint256 maxStreamingFeePercentage, uint256 streamingFeePercentage, uint256 lastStreamingFeeTimestamp)
func (indexStreamingFeeModule *IndexStreamingFeeModule) TryPackFeeStates(arg0 common.Address) ([]byte, error) {
	return indexStreamingFeeModule.abi.Pack("feeStates", arg0)
}

// FeeStatesOutput serves as a container for the return parameters of contract
// method FeeStates.
type FeeStatesOutput struct {
	FeeRecipient              common.Address
	MaxStreamingFeePercentage *big.Int
	StreamingFeePercentage    *big.Int
	LastStreamingFeeTimestamp *big.Int
}

// UnpackFeeStates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e7bdd48.
//
// Solidity: function feeStates(address ) view returns(address feeRecipient, uint256 maxStreamingFeePercentage, uint256 streamingFeePercentage, uint256 lastStreamingFeeTimestamp)
func (indexStreamingFeeModule *IndexStreamingFeeModule) UnpackFeeStates(data []byte) (FeeStatesOutput, error) {
	out, err := indexStreamingFeeModule.abi.Unpack("feeStates", data)
	outstruct := new(FeeStatesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.FeeRecipient = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.MaxStreamingFeePercentage = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StreamingFeePercentage = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.LastStreamingFeeTimestamp = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88c9148.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFee(address _setToken) view returns(uint256)
func (indexStreamingFeeModule *IndexStreamingFeeModule) PackGetFee(setToken common.Address) []byte {
	enc, err := indexStreamingFeeModule.abi.Pack("getFee", setToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88c9148.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFee(address _setToken) view returns(uint256)
func (indexStreamingFeeModule *IndexStreamingFeeModule) TryPackGetFee(setToken common.Address) ([]byte, error) {
	return indexStreamingFeeModule.abi.Pack("getFee", setToken)
}

// UnpackGetFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb88c9148.
//
// Solidity: function getFee(address _setToken) view returns(uint256)
func (indexStreamingFeeModule *IndexStreamingFeeModule) UnpackGetFee(data []byte) (*big.Int, error) {
	out, err := indexStreamingFeeModule.abi.Unpack("getFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb78e5ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address _setToken, (address,uint256,uint256,uint256) _settings) returns()
func (indexStreamingFeeModule *IndexStreamingFeeModule) PackInitialize(setToken common.Address, settings IndexStreamingFeeModuleFeeState) []byte {
	enc, err := indexStreamingFeeModule.abi.Pack("initialize", setToken, settings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb78e5ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address _setToken, (address,uint256,uint256,uint256) _settings) returns()
func (indexStreamingFeeModule *IndexStreamingFeeModule) TryPackInitialize(setToken common.Address, settings IndexStreamingFeeModuleFeeState) ([]byte, error) {
	return indexStreamingFeeModule.abi.Pack("initialize", setToken, settings)
}

// PackUpdateStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45cb3fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateStreamingFee(address _setToken, uint256 _newFee) returns()
func (indexStreamingFeeModule *IndexStreamingFeeModule) PackUpdateStreamingFee(setToken common.Address, newFee *big.Int) []byte {
	enc, err := indexStreamingFeeModule.abi.Pack("updateStreamingFee", setToken, newFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45cb3fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateStreamingFee(address _setToken, uint256 _newFee) returns()
func (indexStreamingFeeModule *IndexStreamingFeeModule) TryPackUpdateStreamingFee(setToken common.Address, newFee *big.Int) ([]byte, error) {
	return indexStreamingFeeModule.abi.Pack("updateStreamingFee", setToken, newFee)
}

// IndexStreamingFeeModuleFeeActualized represents a FeeActualized event raised by the IndexStreamingFeeModule contract.
type IndexStreamingFeeModuleFeeActualized struct {
	SetToken    common.Address
	ManagerFee  *big.Int
	ProtocolFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IndexStreamingFeeModuleFeeActualizedEventName = "FeeActualized"

// ContractEventName returns the user-defined event name.
func (IndexStreamingFeeModuleFeeActualized) ContractEventName() string {
	return IndexStreamingFeeModuleFeeActualizedEventName
}

// UnpackFeeActualizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeActualized(address indexed _setToken, uint256 _managerFee, uint256 _protocolFee)
func (indexStreamingFeeModule *IndexStreamingFeeModule) UnpackFeeActualizedEvent(log *types.Log) (*IndexStreamingFeeModuleFeeActualized, error) {
	event := "FeeActualized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexStreamingFeeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexStreamingFeeModuleFeeActualized)
	if len(log.Data) > 0 {
		if err := indexStreamingFeeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexStreamingFeeModule.abi.Events[event].Inputs {
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

// IndexStreamingFeeModuleStreamingFeeUpdated represents a StreamingFeeUpdated event raised by the IndexStreamingFeeModule contract.
type IndexStreamingFeeModuleStreamingFeeUpdated struct {
	SetToken        common.Address
	NewStreamingFee *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const IndexStreamingFeeModuleStreamingFeeUpdatedEventName = "StreamingFeeUpdated"

// ContractEventName returns the user-defined event name.
func (IndexStreamingFeeModuleStreamingFeeUpdated) ContractEventName() string {
	return IndexStreamingFeeModuleStreamingFeeUpdatedEventName
}

// UnpackStreamingFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamingFeeUpdated(address indexed _setToken, uint256 _newStreamingFee)
func (indexStreamingFeeModule *IndexStreamingFeeModule) UnpackStreamingFeeUpdatedEvent(log *types.Log) (*IndexStreamingFeeModuleStreamingFeeUpdated, error) {
	event := "StreamingFeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != indexStreamingFeeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IndexStreamingFeeModuleStreamingFeeUpdated)
	if len(log.Data) > 0 {
		if err := indexStreamingFeeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range indexStreamingFeeModule.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexStreamingFeeModule *IndexStreamingFeeModule) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexStreamingFeeModule.abi.Errors["BadFee"].ID.Bytes()[:4]) {
		return indexStreamingFeeModule.UnpackBadFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexStreamingFeeModule.abi.Errors["OnlyManager"].ID.Bytes()[:4]) {
		return indexStreamingFeeModule.UnpackOnlyManagerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexStreamingFeeModuleBadFee represents a BadFee error raised by the IndexStreamingFeeModule contract.
type IndexStreamingFeeModuleBadFee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFee()
func IndexStreamingFeeModuleBadFeeErrorID() common.Hash {
	return common.HexToHash("0x917f1a53ab0995667e0a524011bf6b894f5faa124860eefa69a4604d77cf263f")
}

// UnpackBadFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFee()
func (indexStreamingFeeModule *IndexStreamingFeeModule) UnpackBadFeeError(raw []byte) (*IndexStreamingFeeModuleBadFee, error) {
	out := new(IndexStreamingFeeModuleBadFee)
	if err := indexStreamingFeeModule.abi.UnpackIntoInterface(out, "BadFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexStreamingFeeModuleOnlyManager represents a OnlyManager error raised by the IndexStreamingFeeModule contract.
type IndexStreamingFeeModuleOnlyManager struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyManager()
func IndexStreamingFeeModuleOnlyManagerErrorID() common.Hash {
	return common.HexToHash("0xc0b2335a5df130fdf2da3e1c86a4fdcb8c62d955b5162e24ca95fd13e8800ea3")
}

// UnpackOnlyManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyManager()
func (indexStreamingFeeModule *IndexStreamingFeeModule) UnpackOnlyManagerError(raw []byte) (*IndexStreamingFeeModuleOnlyManager, error) {
	out := new(IndexStreamingFeeModuleOnlyManager)
	if err := indexStreamingFeeModule.abi.UnpackIntoInterface(out, "OnlyManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorMetaData contains all meta data concerning the NavArbExecutor contract.
var NavArbExecutorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"}],\"name\":\"IssuerNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"MintCostAboveLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"}],\"name\":\"PairMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"profit\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"ProfitBelowMinimum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedCallback\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"IssuerAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteSpent\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteReceived\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"name\":\"LoopExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BUY_AND_REDEEM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINT_AND_SELL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowedIssuer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"buyAndRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"buyAndRedeemV3\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"mintAndSell\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxQuantity\",\"type\":\"uint256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"mintAndSellV3\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setIssuer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "NavArbExecutor",
	Bin: "0x60a060405234801561000f575f5ffd5b5033608052608051611cae6100565f395f8181610150015281816101e30152818161048501528181610769015281816108cd015281816109720152610a600152611cae5ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806378c59d7d1161006e57806378c59d7d1461011e5780637c312727146101315780638da5cb5b1461014b578063d8819c111461018a578063e61703b814610192578063fa461e33146101c4575f5ffd5b806324edfaf3146100aa5780632b11f92c146100d05780633458e648146100e3578063495289be146100f657806362c067671461010b575b5f5ffd5b6100bd6100b8366004611826565b6101d7565b6040519081526020015b60405180910390f35b6100bd6100de366004611887565b610479565b6100bd6100f13660046118d4565b61075d565b610109610104366004611924565b6108c2565b005b61010961011936600461195b565b610967565b6100bd61012c366004611999565b610a54565b610139600181565b60405160ff90911681526020016100c7565b6101727f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100c7565b610139600281565b6101b46101a03660046119f0565b5f6020819052908152604090205460ff1681565b60405190151581526020016100c7565b6101096101d2366004611a12565b610c09565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610221576040516330cd747160e01b815260040160405180910390fd5b84158061023457506001600160ff1b0385115b1561025257604051631f2a200560e01b815260040160405180910390fd5b5f5f61025e8989610f94565b6040516370a0823160e01b815230600482015291935091505f906001600160a01b038416906370a0823190602401602060405180830381865afa1580156102a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102cb9190611a8e565b90508860015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508960025f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550856003819055505f5f8a6001600160a01b031663128acb0830868d8d6001604051602001610350919060ff91909116815260200190565b6040516020818303038152906040526040518663ffffffff1660e01b815260040161037f959493929190611aa5565b60408051808303815f875af115801561039a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103be9190611b08565b60048054600180546001600160a01b03199081169091556002805490911690555f60038190559182905592945090925080866103fb5783856103fe565b84845b9150915061040d88878c611216565b98508d6001600160a01b03168f6001600160a01b0316600160ff165f516020611c8e5f395f51905f5285878661044290611b3e565b60408051938452602084019290925290820152606081018e905260800160405180910390a450505050505050509695505050505050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104c3576040516330cd747160e01b815260040160405180910390fd5b835f036104e357604051631f2a200560e01b815260040160405180910390fd5b5f5f6104ef8888610f94565b6040516370a0823160e01b815230600482015291935091505f906001600160a01b038416906370a0823190602401602060405180830381865afa158015610538573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055c9190611a8e565b60405163b3d7f6b960e01b8152600481018990529091505f906001600160a01b038b169063b3d7f6b9906024016040805180830381865afa1580156105a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105c79190611b08565b509050868111156105fa5760405163052ee27f60e01b815260048101829052602481018890526044015b60405180910390fd5b610605848b836112f7565b60405163e7d3fe6b60e01b815260048101899052602481018290523060448201525f906001600160a01b038c169063e7d3fe6b906064016020604051808303815f875af1158015610658573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061067c9190611a8e565b9050610689858c5f6112f7565b5f6106f58b8d6001600160a01b031663fc0c546a6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156106ca573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ee9190611b58565b8c8861134d565b905061070286858a611216565b604080518c815260208101859052908101839052606081018290529097506001600160a01b03808d1691908e16906001905f516020611c8e5f395f51905f52906080015b60405180910390a450505050505095945050505050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107a7576040516330cd747160e01b815260040160405180910390fd5b825f036107c757604051631f2a200560e01b815260040160405180910390fd5b5f5f6107d38787610f94565b6040516370a0823160e01b815230600482015291935091505f906001600160a01b038416906370a0823190602401602060405180830381865afa15801561081c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108409190611a8e565b90505f610850888589861561134d565b90505f61085d8a83611569565b905061086a858489611216565b60408051848152602081018b9052908101839052606081018290529096506001600160a01b03808b1691908c16906002905f516020611c8e5f395f51905f529060800160405180910390a45050505050949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461090b576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f8181526020818152604091829020805460ff191685151590811790915591519182527fee8330a621934a2d57e910482108780840f4cd53c57ff858cf5f8e1cc08d6a94910160405180910390a25050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109b0576040516330cd747160e01b815260040160405180910390fd5b6040516001600160a01b038316602482015260448101829052610a029084906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052611692565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf71883604051610a4791815260200190565b60405180910390a3505050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a9e576040516330cd747160e01b815260040160405180910390fd5b831580610ab157506001600160ff1b0384115b15610acf57604051631f2a200560e01b815260040160405180910390fd5b5f5f610adb8888610f94565b6040516370a0823160e01b815230600482015291935091505f906001600160a01b038416906370a0823190602401602060405180830381865afa158015610b24573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b489190611a8e565b600180546001600160a01b03808c166001600160a01b03199283161790925560028054928d169290911691909117905590505f80610b888a858b8b61173c565b600180546001600160a01b031990811690915560028054909116905590925090505f610bb48c84611569565b9050610bc186858a611216565b6040805185815260208101859052908101839052606081018290529097506001600160a01b03808d1691908e16906002905f516020611c8e5f395f51905f5290608001610746565b6001546001600160a01b03163381141580610c2b57506001600160a01b038116155b15610c495760405163dab1e99360e01b815260040160405180910390fd5b5f5f5f8713610cb85785836001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c8f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cb39190611b58565b610d19565b86836001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610cf5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d199190611b58565b90925090506001610d2c85870187611b73565b60ff1603610f645760025460408051637e062a3560e11b815290516001600160a01b0390921691829163fc0c546a9160048083019260209291908290030181865afa158015610d7d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610da19190611b58565b6001600160a01b0316826001600160a01b031614610dd25760405163dab1e99360e01b815260040160405180910390fd5b5f816001600160a01b031663217a4b706040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e0f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e339190611b58565b60405163b3d7f6b960e01b8152600481018690529091505f906001600160a01b0384169063b3d7f6b9906024016040805180830381865afa158015610e7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e9e9190611b08565b509050600354811115610ed25760035460405163052ee27f60e01b81526105f1918391600401918252602082015260400190565b610edd8284836112f7565b60405163e7d3fe6b60e01b815260048101869052602481018290523060448201526001600160a01b0384169063e7d3fe6b906064016020604051808303815f875af1158015610f2e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f529190611a8e565b600455610f6082845f6112f7565b5050505b6040516001600160a01b038416602482015260448101839052610f8b9082906064016109d3565b50505050505050565b6001600160a01b0382165f90815260208190526040812054819060ff16610fd957604051634cf8c1e360e11b81526001600160a01b03851660048201526024016105f1565b836001600160a01b031663217a4b706040518163ffffffff1660e01b8152600401602060405180830381865afa158015611015573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110399190611b58565b91505f846001600160a01b031663fc0c546a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611078573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061109c9190611b58565b90505f846001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110ff9190611b58565b90505f856001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa15801561113e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111629190611b58565b9050826001600160a01b0316826001600160a01b03161480156111965750846001600160a01b0316816001600160a01b0316145b156111a857506001925061120f915050565b846001600160a01b0316826001600160a01b03161480156111da5750826001600160a01b0316816001600160a01b0316145b156111eb57505f925061120f915050565b604051631a15d3e160e11b81526001600160a01b03871660048201526024016105f1565b9250929050565b6040516370a0823160e01b81523060048201525f9081906001600160a01b038616906370a0823190602401602060405180830381865afa15801561125c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112809190611a8e565b905061128c8385611b93565b8110156112e4575f848210156112b4576112a68286611bac565b6112af90611b3e565b6112be565b6112be8583611bac565b604051634cfb9d1960e01b815260048101829052602481018690529091506044016105f1565b6112ee8482611bac565b95945050505050565b6040516001600160a01b03831660248201526044810182905261134890849060640160408051601f198184030181529190526020810180516001600160e01b031663095ea7b360e01b179052611692565b505050565b5f5f5f866001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa15801561138c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113b09190611bda565b50915091505f5f856113d557826001600160701b0316846001600160701b03166113ea565b836001600160701b0316836001600160701b03165b90925090505f6113fc886103e5611c26565b90508061140b846103e8611c26565b6114159190611b93565b61141f8383611c26565b6114299190611c3d565b9550855f0361144b57604051631f2a200560e01b815260040160405180910390fd5b6040516001600160a01b038b16602482015260448101899052611472908a906064016109d3565b86156114ec5760405163022c0d9f60e01b81525f60048201819052602482018890523060448301526080606483015260848201526001600160a01b038b169063022c0d9f9060a4015f604051808303815f87803b1580156114d1575f5ffd5b505af11580156114e3573d5f5f3e3d5ffd5b5050505061155c565b60405163022c0d9f60e01b8152600481018790525f602482018190523060448301526080606483015260848201526001600160a01b038b169063022c0d9f9060a4015f604051808303815f87803b158015611545575f5ffd5b505af1158015611557573d5f5f3e3d5ffd5b505050505b5050505050949350505050565b5f5f836001600160a01b031663fc0c546a6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156115a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115cb9190611b58565b9050836001600160a01b0316816001600160a01b0316146115f1576115f18185856112f7565b60405163049104e560e01b8152600481018490525f60248201523060448201526001600160a01b0385169063049104e5906064016020604051808303815f875af1158015611641573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116659190611a8e565b9150836001600160a01b0316816001600160a01b03161461168b5761168b81855f6112f7565b5092915050565b5f5f836001600160a01b0316836040516116ac9190611c5c565b5f604051808303815f865af19150503d805f81146116e5576040519150601f19603f3d011682016040523d82523d5f602084013e6116ea565b606091505b509150915081158061171857505f81511180156117185750808060200190518101906117169190611c72565b155b1561173657604051632e97737760e21b815260040160405180910390fd5b50505050565b5f5f5f5f876001600160a01b031663128acb083089158989600260405160200161176f919060ff91909116815260200190565b6040516020818303038152906040526040518663ffffffff1660e01b815260040161179e959493929190611aa5565b60408051808303815f875af11580156117b9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117dd9190611b08565b915091505f5f886117ef5782846117f2565b83835b915091508161180090611b3e565b9a909950975050505050505050565b6001600160a01b0381168114611823575f5ffd5b50565b5f5f5f5f5f5f60c0878903121561183b575f5ffd5b86356118468161180f565b955060208701356118568161180f565b945060408701359350606087013561186d8161180f565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f60a0868803121561189b575f5ffd5b85356118a68161180f565b945060208601356118b68161180f565b94979496505050506040830135926060810135926080909101359150565b5f5f5f5f608085870312156118e7575f5ffd5b84356118f28161180f565b935060208501356119028161180f565b93969395505050506040820135916060013590565b8015158114611823575f5ffd5b5f5f60408385031215611935575f5ffd5b82356119408161180f565b9150602083013561195081611917565b809150509250929050565b5f5f5f6060848603121561196d575f5ffd5b83356119788161180f565b925060208401356119888161180f565b929592945050506040919091013590565b5f5f5f5f5f60a086880312156119ad575f5ffd5b85356119b88161180f565b945060208601356119c88161180f565b93506040860135925060608601356119df8161180f565b949793965091946080013592915050565b5f60208284031215611a00575f5ffd5b8135611a0b8161180f565b9392505050565b5f5f5f5f60608587031215611a25575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115611a49575f5ffd5b8501601f81018713611a59575f5ffd5b803567ffffffffffffffff811115611a6f575f5ffd5b876020828401011115611a80575f5ffd5b949793965060200194505050565b5f60208284031215611a9e575f5ffd5b5051919050565b60018060a01b0386168152841515602082015283604082015260018060a01b038316606082015260a060808201525f82518060a0840152806020850160c085015e5f60c0828501015260c0601f19601f8301168401019150509695505050505050565b5f5f60408385031215611b19575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52601160045260245ffd5b5f600160ff1b8201611b5257611b52611b2a565b505f0390565b5f60208284031215611b68575f5ffd5b8151611a0b8161180f565b5f60208284031215611b83575f5ffd5b813560ff81168114611a0b575f5ffd5b80820180821115611ba657611ba6611b2a565b92915050565b81810381811115611ba657611ba6611b2a565b80516001600160701b0381168114611bd5575f5ffd5b919050565b5f5f5f60608486031215611bec575f5ffd5b611bf584611bbf565b9250611c0360208501611bbf565b9150604084015163ffffffff81168114611c1b575f5ffd5b809150509250925092565b8082028115828204841417611ba657611ba6611b2a565b5f82611c5757634e487b7160e01b5f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f60208284031215611c82575f5ffd5b8151611a0b8161191756fe78cb47b4ae1fb9f57201f16344b163428f359a68c9221c45886fe9064cc39549",
}

// NavArbExecutor is an auto generated Go binding around an Ethereum contract.
type NavArbExecutor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NavArbExecutor) GetABI() abi.ABI {
	return c.abi
}

// NewNavArbExecutor creates a new instance of NavArbExecutor.
func NewNavArbExecutor() *NavArbExecutor {
	parsed, err := NavArbExecutorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NavArbExecutor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NavArbExecutor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBUYANDREDEEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8819c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BUY_AND_REDEEM() view returns(uint8)
func (navArbExecutor *NavArbExecutor) PackBUYANDREDEEM() []byte {
	enc, err := navArbExecutor.abi.Pack("BUY_AND_REDEEM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBUYANDREDEEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8819c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BUY_AND_REDEEM() view returns(uint8)
func (navArbExecutor *NavArbExecutor) TryPackBUYANDREDEEM() ([]byte, error) {
	return navArbExecutor.abi.Pack("BUY_AND_REDEEM")
}

// UnpackBUYANDREDEEM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8819c11.
//
// Solidity: function BUY_AND_REDEEM() view returns(uint8)
func (navArbExecutor *NavArbExecutor) UnpackBUYANDREDEEM(data []byte) (uint8, error) {
	out, err := navArbExecutor.abi.Unpack("BUY_AND_REDEEM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMINTANDSELL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c312727.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINT_AND_SELL() view returns(uint8)
func (navArbExecutor *NavArbExecutor) PackMINTANDSELL() []byte {
	enc, err := navArbExecutor.abi.Pack("MINT_AND_SELL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTANDSELL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c312727.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINT_AND_SELL() view returns(uint8)
func (navArbExecutor *NavArbExecutor) TryPackMINTANDSELL() ([]byte, error) {
	return navArbExecutor.abi.Pack("MINT_AND_SELL")
}

// UnpackMINTANDSELL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c312727.
//
// Solidity: function MINT_AND_SELL() view returns(uint8)
func (navArbExecutor *NavArbExecutor) UnpackMINTANDSELL(data []byte) (uint8, error) {
	out, err := navArbExecutor.abi.Unpack("MINT_AND_SELL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAllowedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe61703b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowedIssuer(address ) view returns(bool)
func (navArbExecutor *NavArbExecutor) PackAllowedIssuer(arg0 common.Address) []byte {
	enc, err := navArbExecutor.abi.Pack("allowedIssuer", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe61703b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowedIssuer(address ) view returns(bool)
func (navArbExecutor *NavArbExecutor) TryPackAllowedIssuer(arg0 common.Address) ([]byte, error) {
	return navArbExecutor.abi.Pack("allowedIssuer", arg0)
}

// UnpackAllowedIssuer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe61703b8.
//
// Solidity: function allowedIssuer(address ) view returns(bool)
func (navArbExecutor *NavArbExecutor) UnpackAllowedIssuer(data []byte) (bool, error) {
	out, err := navArbExecutor.abi.Unpack("allowedIssuer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBuyAndRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3458e648.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyAndRedeem(address issuer, address pair, uint256 quoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) PackBuyAndRedeem(issuer common.Address, pair common.Address, quoteIn *big.Int, minProfit *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("buyAndRedeem", issuer, pair, quoteIn, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyAndRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3458e648.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyAndRedeem(address issuer, address pair, uint256 quoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) TryPackBuyAndRedeem(issuer common.Address, pair common.Address, quoteIn *big.Int, minProfit *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("buyAndRedeem", issuer, pair, quoteIn, minProfit)
}

// UnpackBuyAndRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3458e648.
//
// Solidity: function buyAndRedeem(address issuer, address pair, uint256 quoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackBuyAndRedeem(data []byte) (*big.Int, error) {
	out, err := navArbExecutor.abi.Unpack("buyAndRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBuyAndRedeemV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78c59d7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyAndRedeemV3(address issuer, address pool, uint256 maxQuoteIn, uint160 sqrtPriceLimitX96, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) PackBuyAndRedeemV3(issuer common.Address, pool common.Address, maxQuoteIn *big.Int, sqrtPriceLimitX96 *big.Int, minProfit *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("buyAndRedeemV3", issuer, pool, maxQuoteIn, sqrtPriceLimitX96, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyAndRedeemV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78c59d7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyAndRedeemV3(address issuer, address pool, uint256 maxQuoteIn, uint160 sqrtPriceLimitX96, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) TryPackBuyAndRedeemV3(issuer common.Address, pool common.Address, maxQuoteIn *big.Int, sqrtPriceLimitX96 *big.Int, minProfit *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("buyAndRedeemV3", issuer, pool, maxQuoteIn, sqrtPriceLimitX96, minProfit)
}

// UnpackBuyAndRedeemV3 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78c59d7d.
//
// Solidity: function buyAndRedeemV3(address issuer, address pool, uint256 maxQuoteIn, uint160 sqrtPriceLimitX96, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackBuyAndRedeemV3(data []byte) (*big.Int, error) {
	out, err := navArbExecutor.abi.Unpack("buyAndRedeemV3", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintAndSell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b11f92c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintAndSell(address issuer, address pair, uint256 quantity, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) PackMintAndSell(issuer common.Address, pair common.Address, quantity *big.Int, maxQuoteIn *big.Int, minProfit *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("mintAndSell", issuer, pair, quantity, maxQuoteIn, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintAndSell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b11f92c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintAndSell(address issuer, address pair, uint256 quantity, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) TryPackMintAndSell(issuer common.Address, pair common.Address, quantity *big.Int, maxQuoteIn *big.Int, minProfit *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("mintAndSell", issuer, pair, quantity, maxQuoteIn, minProfit)
}

// UnpackMintAndSell is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b11f92c.
//
// Solidity: function mintAndSell(address issuer, address pair, uint256 quantity, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackMintAndSell(data []byte) (*big.Int, error) {
	out, err := navArbExecutor.abi.Unpack("mintAndSell", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintAndSellV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24edfaf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintAndSellV3(address issuer, address pool, uint256 maxQuantity, uint160 sqrtPriceLimitX96, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) PackMintAndSellV3(issuer common.Address, pool common.Address, maxQuantity *big.Int, sqrtPriceLimitX96 *big.Int, maxQuoteIn *big.Int, minProfit *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("mintAndSellV3", issuer, pool, maxQuantity, sqrtPriceLimitX96, maxQuoteIn, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintAndSellV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24edfaf3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintAndSellV3(address issuer, address pool, uint256 maxQuantity, uint160 sqrtPriceLimitX96, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) TryPackMintAndSellV3(issuer common.Address, pool common.Address, maxQuantity *big.Int, sqrtPriceLimitX96 *big.Int, maxQuoteIn *big.Int, minProfit *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("mintAndSellV3", issuer, pool, maxQuantity, sqrtPriceLimitX96, maxQuoteIn, minProfit)
}

// UnpackMintAndSellV3 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24edfaf3.
//
// Solidity: function mintAndSellV3(address issuer, address pool, uint256 maxQuantity, uint160 sqrtPriceLimitX96, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackMintAndSellV3(data []byte) (*big.Int, error) {
	out, err := navArbExecutor.abi.Unpack("mintAndSellV3", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (navArbExecutor *NavArbExecutor) PackOwner() []byte {
	enc, err := navArbExecutor.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (navArbExecutor *NavArbExecutor) TryPackOwner() ([]byte, error) {
	return navArbExecutor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (navArbExecutor *NavArbExecutor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := navArbExecutor.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x495289be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIssuer(address issuer, bool allowed) returns()
func (navArbExecutor *NavArbExecutor) PackSetIssuer(issuer common.Address, allowed bool) []byte {
	enc, err := navArbExecutor.abi.Pack("setIssuer", issuer, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x495289be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIssuer(address issuer, bool allowed) returns()
func (navArbExecutor *NavArbExecutor) TryPackSetIssuer(issuer common.Address, allowed bool) ([]byte, error) {
	return navArbExecutor.abi.Pack("setIssuer", issuer, allowed)
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c06767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(address token, address to, uint256 amount) returns()
func (navArbExecutor *NavArbExecutor) PackSweep(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("sweep", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c06767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep(address token, address to, uint256 amount) returns()
func (navArbExecutor *NavArbExecutor) TryPackSweep(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("sweep", token, to, amount)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (navArbExecutor *NavArbExecutor) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) []byte {
	enc, err := navArbExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
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
func (navArbExecutor *NavArbExecutor) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) ([]byte, error) {
	return navArbExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
}

// NavArbExecutorIssuerAllowed represents a IssuerAllowed event raised by the NavArbExecutor contract.
type NavArbExecutorIssuerAllowed struct {
	Issuer  common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const NavArbExecutorIssuerAllowedEventName = "IssuerAllowed"

// ContractEventName returns the user-defined event name.
func (NavArbExecutorIssuerAllowed) ContractEventName() string {
	return NavArbExecutorIssuerAllowedEventName
}

// UnpackIssuerAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssuerAllowed(address indexed issuer, bool allowed)
func (navArbExecutor *NavArbExecutor) UnpackIssuerAllowedEvent(log *types.Log) (*NavArbExecutorIssuerAllowed, error) {
	event := "IssuerAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navArbExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavArbExecutorIssuerAllowed)
	if len(log.Data) > 0 {
		if err := navArbExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navArbExecutor.abi.Events[event].Inputs {
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

// NavArbExecutorLoopExecuted represents a LoopExecuted event raised by the NavArbExecutor contract.
type NavArbExecutorLoopExecuted struct {
	Kind          uint8
	Issuer        common.Address
	Pair          common.Address
	Quantity      *big.Int
	QuoteSpent    *big.Int
	QuoteReceived *big.Int
	Profit        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const NavArbExecutorLoopExecutedEventName = "LoopExecuted"

// ContractEventName returns the user-defined event name.
func (NavArbExecutorLoopExecuted) ContractEventName() string {
	return NavArbExecutorLoopExecutedEventName
}

// UnpackLoopExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LoopExecuted(uint8 indexed kind, address indexed issuer, address indexed pair, uint256 quantity, uint256 quoteSpent, uint256 quoteReceived, uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackLoopExecutedEvent(log *types.Log) (*NavArbExecutorLoopExecuted, error) {
	event := "LoopExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navArbExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavArbExecutorLoopExecuted)
	if len(log.Data) > 0 {
		if err := navArbExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navArbExecutor.abi.Events[event].Inputs {
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

// NavArbExecutorSwept represents a Swept event raised by the NavArbExecutor contract.
type NavArbExecutorSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NavArbExecutorSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (NavArbExecutorSwept) ContractEventName() string {
	return NavArbExecutorSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (navArbExecutor *NavArbExecutor) UnpackSweptEvent(log *types.Log) (*NavArbExecutorSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navArbExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavArbExecutorSwept)
	if len(log.Data) > 0 {
		if err := navArbExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navArbExecutor.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (navArbExecutor *NavArbExecutor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["IssuerNotAllowed"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackIssuerNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["MintCostAboveLimit"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackMintCostAboveLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["PairMismatch"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackPairMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["ProfitBelowMinimum"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackProfitBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["TokenCall"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackTokenCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["UnexpectedCallback"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackUnexpectedCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NavArbExecutorIssuerNotAllowed represents a IssuerNotAllowed error raised by the NavArbExecutor contract.
type NavArbExecutorIssuerNotAllowed struct {
	Issuer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerNotAllowed(address issuer)
func NavArbExecutorIssuerNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x99f183c64eed5b8959587e122cdccce395a7380d1979b31b31ed9582f55b5184")
}

// UnpackIssuerNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerNotAllowed(address issuer)
func (navArbExecutor *NavArbExecutor) UnpackIssuerNotAllowedError(raw []byte) (*NavArbExecutorIssuerNotAllowed, error) {
	out := new(NavArbExecutorIssuerNotAllowed)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "IssuerNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorMintCostAboveLimit represents a MintCostAboveLimit error raised by the NavArbExecutor contract.
type NavArbExecutorMintCostAboveLimit struct {
	Cost  *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MintCostAboveLimit(uint256 cost, uint256 limit)
func NavArbExecutorMintCostAboveLimitErrorID() common.Hash {
	return common.HexToHash("0x052ee27f045867856f4bb58e005d54b543322d1f0100258f176ae70dbf04efc9")
}

// UnpackMintCostAboveLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MintCostAboveLimit(uint256 cost, uint256 limit)
func (navArbExecutor *NavArbExecutor) UnpackMintCostAboveLimitError(raw []byte) (*NavArbExecutorMintCostAboveLimit, error) {
	out := new(NavArbExecutorMintCostAboveLimit)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "MintCostAboveLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorNotOwner represents a NotOwner error raised by the NavArbExecutor contract.
type NavArbExecutorNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func NavArbExecutorNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (navArbExecutor *NavArbExecutor) UnpackNotOwnerError(raw []byte) (*NavArbExecutorNotOwner, error) {
	out := new(NavArbExecutorNotOwner)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorPairMismatch represents a PairMismatch error raised by the NavArbExecutor contract.
type NavArbExecutorPairMismatch struct {
	Pair common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PairMismatch(address pair)
func NavArbExecutorPairMismatchErrorID() common.Hash {
	return common.HexToHash("0x342ba7c2f5e806baac767822a80d85d3466b0b340a6b4bedd04bd0b45a611ec3")
}

// UnpackPairMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PairMismatch(address pair)
func (navArbExecutor *NavArbExecutor) UnpackPairMismatchError(raw []byte) (*NavArbExecutorPairMismatch, error) {
	out := new(NavArbExecutorPairMismatch)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "PairMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorProfitBelowMinimum represents a ProfitBelowMinimum error raised by the NavArbExecutor contract.
type NavArbExecutorProfitBelowMinimum struct {
	Profit    *big.Int
	MinProfit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProfitBelowMinimum(int256 profit, uint256 minProfit)
func NavArbExecutorProfitBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x4cfb9d19b76615e32d0ab5e90c85ec152649ac5290c276c98ec48573e598e1e3")
}

// UnpackProfitBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProfitBelowMinimum(int256 profit, uint256 minProfit)
func (navArbExecutor *NavArbExecutor) UnpackProfitBelowMinimumError(raw []byte) (*NavArbExecutorProfitBelowMinimum, error) {
	out := new(NavArbExecutorProfitBelowMinimum)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "ProfitBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorTokenCall represents a TokenCall error raised by the NavArbExecutor contract.
type NavArbExecutorTokenCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenCall()
func NavArbExecutorTokenCallErrorID() common.Hash {
	return common.HexToHash("0xba5dcddcf9afffe9ec685a5d2e4023a0d5d5133f91394d6f25666103740325c6")
}

// UnpackTokenCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenCall()
func (navArbExecutor *NavArbExecutor) UnpackTokenCallError(raw []byte) (*NavArbExecutorTokenCall, error) {
	out := new(NavArbExecutorTokenCall)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "TokenCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorUnexpectedCallback represents a UnexpectedCallback error raised by the NavArbExecutor contract.
type NavArbExecutorUnexpectedCallback struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedCallback()
func NavArbExecutorUnexpectedCallbackErrorID() common.Hash {
	return common.HexToHash("0xdab1e9930178f2720ea27a937974f4d903c2c6955a477fb2fadc264e50c0d56c")
}

// UnpackUnexpectedCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedCallback()
func (navArbExecutor *NavArbExecutor) UnpackUnexpectedCallbackError(raw []byte) (*NavArbExecutorUnexpectedCallback, error) {
	out := new(NavArbExecutorUnexpectedCallback)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "UnexpectedCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorZeroAmount represents a ZeroAmount error raised by the NavArbExecutor contract.
type NavArbExecutorZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func NavArbExecutorZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (navArbExecutor *NavArbExecutor) UnpackZeroAmountError(raw []byte) (*NavArbExecutorZeroAmount, error) {
	out := new(NavArbExecutorZeroAmount)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenMetaData contains all meta data concerning the NavLeveragedToken contract.
var NavLeveragedTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"collateralToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"quoteToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feed_\",\"type\":\"address\"},{\"internalType\":\"uint256[4]\",\"name\":\"bands\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[3]\",\"name\":\"fees\",\"type\":\"uint256[3]\"},{\"internalType\":\"uint256\",\"name\":\"maxPriceAge_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyBootstrapped\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leverage\",\"type\":\"uint256\"}],\"name\":\"BelowRipcord\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Insolvent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IsPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBootstrapped\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"ReserveShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"Slippage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"age\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"StalePrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leverage\",\"type\":\"uint256\"}],\"name\":\"WithinBands\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroQuantity\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minLeverage\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"targetLeverage\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxLeverage\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ripcordLeverage\",\"type\":\"uint256\"}],\"name\":\"BandsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mintFeeBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"redeemFeeBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"streamingFeeRate\",\"type\":\"uint256\"}],\"name\":\"FeesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"}],\"name\":\"KeeperSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxPriceAge\",\"type\":\"uint256\"}],\"name\":\"MaxPriceAgeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralAdded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtAdded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"PausedSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ripcord\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leverageBefore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leverageAfter\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"Rebalanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralRemoved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtRepaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteUnits\",\"type\":\"uint256\"}],\"name\":\"ReserveFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteUnits\",\"type\":\"uint256\"}],\"name\":\"ReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeTokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"elapsed\",\"type\":\"uint256\"}],\"name\":\"StreamingFeeAccrued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_STREAMING_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRADE_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accrueStreamingFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"debtUnits\",\"type\":\"uint256\"}],\"name\":\"bootstrap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"debt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"effectiveSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"equity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quoteUnits\",\"type\":\"uint256\"}],\"name\":\"fundReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keeper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastFeeAccrual\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxLeverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPriceAge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minLeverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nav\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingStreamingFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quoteToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rebalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minQuoteOut\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"redeemFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveCollateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ripcord\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ripcordLeverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"min_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"target_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ripcord_\",\"type\":\"uint256\"}],\"name\":\"setBands\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"mintFeeBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"redeemFeeBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"streamingFeeRate_\",\"type\":\"uint256\"}],\"name\":\"setFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"keeper_\",\"type\":\"address\"}],\"name\":\"setKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"age\",\"type\":\"uint256\"}],\"name\":\"setMaxPriceAge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shouldRebalance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"streamingFeeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetLeverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quoteUnits\",\"type\":\"uint256\"}],\"name\":\"withdrawReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "NavLeveragedToken",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161292638038061292683398101604081905261002e91610376565b5f61003989826104d8565b50600161004688826104d8565b506001600160a01b0386811660805285811660a052841660c05260058054336001600160a01b031991821681179092556006805482168317905560078054909116909117905542600d5582516020840151604085015160608601516100ad939291906100d4565b8151602083015160408401516100c4929190610183565b6012555061059695505050505050565b83670de0b6b3a7640000111580156100ec5750828411155b80156100f85750818311155b80156101045750808211155b61012157604051634762470b60e11b815260040160405180910390fd5b600e849055600f839055601082905560118190556040805185815260208101859052908101839052606081018290527f524fa34b17abbc88c2af0107d895a0c59b1b3721f5bbf0098679bb7d2c5546619060800160405180910390a150505050565b6101f483118061019457506101f482115b806101a6575067016345785d8a000081115b156101c457604051634762470b60e11b815260040160405180910390fd5b600a839055600b829055600c81905560408051848152602081018490529081018290527f01bae858246c904512695a3f6d48ab88abb7a0192fdd7c53b043e60317795f459060600160405180910390a1505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561025557610255610219565b604052919050565b5f82601f83011261026c575f5ffd5b81516001600160401b0381111561028557610285610219565b610298601f8201601f191660200161022d565b8181528460208386010111156102ac575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b03811681146102de575f5ffd5b919050565b5f6102ee608061022d565b9050806080830184811115610301575f5ffd5b835b8181101561031b578051835260209283019201610303565b50505092915050565b5f82601f830112610333575f5ffd5b5f61033e606061022d565b9050806060840185811115610351575f5ffd5b845b8181101561036b578051835260209283019201610353565b509195945050505050565b5f5f5f5f5f5f5f5f6101a0898b03121561038e575f5ffd5b88516001600160401b038111156103a3575f5ffd5b6103af8b828c0161025d565b60208b015190995090506001600160401b038111156103cc575f5ffd5b6103d88b828c0161025d565b9750506103e760408a016102c8565b95506103f560608a016102c8565b945061040360808a016102c8565b93508960bf8a0112610413575f5ffd5b6104208a60a08b016102e3565b92506104308a6101208b01610324565b6101809990990151979a96995094979396929591945050565b600181811c9082168061045d57607f821691505b60208210810361047b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d357828211156104d357805f5260205f20601f840160051c60208510156104ac57505f5b90810190601f840160051c035f5b818110156104cf575f838201556001016104ba565b5050505b505050565b81516001600160401b038111156104f1576104f1610219565b610505816104ff8454610449565b84610481565b6020601f821160018114610537575f83156105205750848201515b5f19600385901b1c1916600184901b17845561058f565b5f84815260208120601f198516915b828110156105665787850151825560209485019460019092019101610546565b508482101561058357868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c0516123126106145f395f818161046c01526110a101525f81816103e5015281816107f6015281816108e60152818161091b01528181610bd8015281816113ec0152818161142b01528181611527015261168601525f81816105e701528181610ba701528181610d6401526114f501526123125ff3fe608060405234801561000f575f5ffd5b5060043610610333575f3560e01c80637fffca39116101af578063b2016bd4116100fe578063d8dfeb451161009e578063e7d3fe6b11610079578063e7d3fe6b14610697578063ed495d17146106aa578063ee01e6f5146106bd578063fc0c546a146106d0575f5ffd5b8063d8dfeb4514610651578063dd62ed3e1461065a578063e74b981b14610684575f5ffd5b8063c1590cd7116100d9578063c1590cd714610625578063cec10c111461062d578063d68bd03114610640578063d6c946ea14610648575f5ffd5b8063b2016bd4146105e2578063b3d7f6b914610609578063bc0bdf501461061c575f5ffd5b806397c8bcc111610169578063a9059cbb11610144578063a9059cbb146105ab578063aced1661146105be578063ae2c1d5f146105d1578063ae3302c2146105d9575f5ffd5b806397c8bcc1146105915780639da3b3651461059a578063a035b1fe146105a3575f5ffd5b80637fffca391461054b5780638853505f146105535780638da5cb5b146105665780638fc470931461057957806391a0ac6a1461058157806395d89b4114610589575f5ffd5b80632c86d98e116102855780635b6323601161022557806370a082311161020057806370a0823114610509578063748747e6146105285780637a9933271461053b5780637d7c2a1c14610543575f5ffd5b80635b632360146104eb5780635c975abb146104f4578063623a8fde14610501575f5ffd5b80633f377607116102605780633f3776071461048e578063469048401461049d5780634cdad506146104b057806356447ce8146104d8575f5ffd5b80632c86d98e14610445578063313ce5671461044d57806337a7b7d814610467575f5ffd5b80630dca59c1116102f057806320f6f76f116102cb57806320f6f76f146103d7578063217a4b70146103e057806323b872dd1461041f57806326ebadba14610432575f5ffd5b80630dca59c1146103bc5780631584410a146103c557806318160ddd146103ce575f5ffd5b806302329a2914610337578063049104e51461034c57806306fdde03146103725780630767165014610387578063095ea7b31461039057806309f6442c146103b3575b5f5ffd5b61034a610345366004611ff8565b6106d6565b005b61035f61035a36600461202e565b610749565b6040519081526020015b60405180910390f35b61037a6109b4565b6040516103699190612060565b61035f60115481565b6103a361039e366004612095565b610a3f565b6040519015158152602001610369565b61035f600b5481565b61035f60095481565b61035f60125481565b61035f60025481565b61035f600e5481565b6104077f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610369565b6103a361042d3660046120bd565b610aab565b61034a6104403660046120f7565b610b3b565b61035f610c48565b610455601281565b60405160ff9091168152602001610369565b6104077f000000000000000000000000000000000000000000000000000000000000000081565b61035f67016345785d8a000081565b600754610407906001600160a01b031681565b6104c36104be366004612127565b610cc2565b60408051928352602083019190915201610369565b61034a6104e6366004612127565b610ce1565b61035f6101f481565b6013546103a39060ff1681565b61035f610d41565b61035f61051736600461213e565b60036020525f908152604090205481565b61034a61053636600461213e565b610ddc565b61034a610e55565b61034a610e9b565b61035f610f3c565b61034a610561366004612157565b610ff4565b600554610407906001600160a01b031681565b61035f611031565b61035f611047565b61037a61108f565b61035f600a5481565b61035f600c5481565b61035f61109c565b6103a36105b9366004612095565b611169565b600654610407906001600160a01b031681565b6103a361117e565b61035f60105481565b6104077f000000000000000000000000000000000000000000000000000000000000000081565b6104c3610617366004612127565b6111aa565b61035f600d5481565b61035f6111bd565b61034a61063b366004612186565b611201565b61034a611244565b61035f600f5481565b61035f60085481565b61035f6106683660046121af565b600460209081525f928352604080842090915290825290205481565b61034a61069236600461213e565b61124e565b61035f6106a536600461202e565b6112cf565b61034a6106b83660046121e0565b6114bf565b61034a6106cb366004612186565b61158c565b30610407565b6005546001600160a01b03163314610701576040516330cd747160e01b815260040160405180910390fd5b6013805460ff19168215159081179091556040519081527f40db37ff5c0bdc2c427fbb2078c8f24afea940abac0e3c23bb4ea3bf2da2b212906020015b60405180910390a150565b6013545f9060ff161561076f57604051631309a56360e01b815260040160405180910390fd5b835f0361078f5760405163f4f5b73360e01b815260040160405180910390fd5b61079761171f565b5f5f5f5f6107a788600254611795565b9350935093509350868210156107df576040516313a30a9560e11b815260048101839052602481018890526044015b60405180910390fd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610843573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108679190612200565b9050610873828461222b565b8110156108a857610884828461222b565b6040516319fd206160e31b81526004810191909152602481018290526044016107d6565b6108b2338a61187e565b8460085f8282546108c3919061223e565b925050819055508360095f8282546108db919061223e565b9091555061090c90507f00000000000000000000000000000000000000000000000000000000000000008885611938565b811561094a5760075461094a907f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b031684611938565b604080518a81526020810187905290810185905260608101849052608081018390526001600160a01b0388169033907f347ee37487f7d4fe0b4d3777823c6a71c110e3df43f4f3d35356cf6909e9abdb9060a0015b60405180910390a35090979650505050505050565b5f80546109c090612251565b80601f01602080910402602001604051908101604052809291908181526020018280546109ec90612251565b8015610a375780601f10610a0e57610100808354040283529160200191610a37565b820191905f5260205f20905b815481529060010190602001808311610a1a57829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92590610a999086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f198114610b255782811015610af7576040516313be252b60e01b815260040160405180910390fd5b610b01838261223e565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b610b30858585611a22565b506001949350505050565b6005546001600160a01b03163314610b66576040516330cd747160e01b815260040160405180910390fd5b5f610b6f610d41565b905080831115610b9c576040516319fd206160e31b815260048101849052602481018290526044016107d6565b8215610bcd57610bcd7f00000000000000000000000000000000000000000000000000000000000000008585611938565b8115610bfe57610bfe7f00000000000000000000000000000000000000000000000000000000000000008584611938565b60408051848152602081018490526001600160a01b038616917ff7aeb382a1e87f84aa69637a22868c2e12be1261273f04cdf40a262a8b890031910160405180910390a250505050565b5f5f670de0b6b3a7640000610c5b61109c565b600854610c689190612289565b610c7291906122a0565b9050805f03610c82575f91505090565b6009548111610c93575f1991505090565b600954610ca0908261223e565b610cb2670de0b6b3a764000083612289565b610cbc91906122a0565b91505090565b5f5f610cd583610cd0611031565b611795565b90969095509350505050565b6005546001600160a01b03163314610d0c576040516330cd747160e01b815260040160405180910390fd5b60128190556040518181527f461309d8133f14d74856f2194a28d8637335793efa5804fe202b798919f71ff79060200161073e565b6008546040516370a0823160e01b81523060048201525f91906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610da9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dcd9190612200565b610dd7919061223e565b905090565b6005546001600160a01b03163314610e07576040516330cd747160e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527fdc3dba1d64dd67c0dc8b12621edd0c6ca4303a9073c3a8fcac38115e73d67b6b9060200161073e565b5f610e5e610c48565b90506011548111610e855760405163e368b91760e01b8152600481018290526024016107d6565b610e8d61171f565b610e98816001611af4565b50565b60135460ff1615610ebf57604051631309a56360e01b815260040160405180910390fd5b6006546001600160a01b03163314610eea57604051631ea2564f60e31b815260040160405180910390fd5b5f610ef3610c48565b9050600e548110158015610f0957506010548111155b15610f2a5760405163651ea01960e11b8152600481018290526024016107d6565b610f3261171f565b610e98815f611af4565b5f5f600d5442610f4c919061223e565b90506002545f1480610f5c575080155b80610f675750600c54155b15610f73575f91505090565b5f6301e1338082600c54610f879190612289565b610f9191906122a0565b9050610fa66002670de0b6b3a76400006122a0565b811115610fc357610fc06002670de0b6b3a76400006122a0565b90505b610fd581670de0b6b3a764000061223e565b81600254610fe39190612289565b610fed91906122a0565b9250505090565b6005546001600160a01b0316331461101f576040516330cd747160e01b815260040160405180910390fd5b61102b84848484611c43565b50505050565b5f61103a610f3c565b600254610dd7919061222b565b5f5f670de0b6b3a764000061105a61109c565b6008546110679190612289565b61107191906122a0565b90506009548111611082575f610cbc565b600954610cbc908261223e565b600180546109c090612251565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166352bfe7896040518163ffffffff1660e01b81526004016040805180830381865afa1580156110fa573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061111e91906122bf565b90925090505f61112e824261223e565b9050601254811115611161576012546040516304e61d6960e31b81526107d6918391600401918252602082015260400190565b509092915050565b5f611175338484611a22565b50600192915050565b5f5f611188610c48565b90505f600254118015610cbc5750600e54811080610cbc575060105410919050565b5f5f610cd5836111b8611031565b611cf2565b5f5f6111c7611031565b905080156111fa5780670de0b6b3a76400006111e1611047565b6111eb9190612289565b6111f591906122a0565b610cbc565b5f91505090565b6005546001600160a01b0316331461122c576040516330cd747160e01b815260040160405180910390fd5b61123461171f565b61123f838383611da6565b505050565b61124c61171f565b565b6005546001600160a01b03163314611279576040516330cd747160e01b815260040160405180910390fd5b61128161171f565b600780546001600160a01b0319166001600160a01b0383169081179091556040519081527fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3239060200161073e565b6013545f9060ff16156112f557604051631309a56360e01b815260040160405180910390fd5b835f036113155760405163f4f5b73360e01b815260040160405180910390fd5b6002545f03611337576040516306e27ae160e41b815260040160405180910390fd5b61133f61171f565b5f5f5f5f61134f88600254611cf2565b935093509350935086821115611382576040516313a30a9560e11b815260048101839052602481018890526044016107d6565b5f61138b610d41565b9050848110156113b8576040516319fd206160e31b815260048101869052602481018290526044016107d6565b8460085f8282546113c9919061222b565b925050819055508360095f8282546113e1919061222b565b9091555061141c90507f00000000000000000000000000000000000000000000000000000000000000003330611417868861223e565b611e3c565b811561145c5760075461145c907f00000000000000000000000000000000000000000000000000000000000000009033906001600160a01b031685611e3c565b611466878a611f2f565b604080518a81526020810187905290810185905260608101849052608081018390526001600160a01b0388169033907fff1b99c8afce899f46662ffc7045877162dd660b4cacca896efb18ce5e64c3fa9060a00161099f565b6005546001600160a01b031633146114ea576040516330cd747160e01b815260040160405180910390fd5b811561151c5761151c7f0000000000000000000000000000000000000000000000000000000000000000333085611e3c565b801561154e5761154e7f0000000000000000000000000000000000000000000000000000000000000000333084611e3c565b60408051838152602081018390527f36eeecd4650f8bd0f141b85d46c9279f125af40121719b96ff294e2bcd7abac691015b60405180910390a15050565b6005546001600160a01b031633146115b7576040516330cd747160e01b815260040160405180910390fd5b600254156115d857604051635c03d07560e11b815260040160405180910390fd5b825f036115f85760405163f4f5b73360e01b815260040160405180910390fd5b5f61161c61160461109c565b61160e9085612289565b670de0b6b3a7640000611fb5565b905081811161163e57604051631f84400760e31b815260040160405180910390fd5b5f611647610d41565b905083811015611674576040516319fd206160e31b815260048101859052602481018290526044016107d6565b5f61167f848461223e565b90506116ad7f0000000000000000000000000000000000000000000000000000000000000000333084611e3c565b6008859055600984905542600d556116c53387611f2f565b6040805187815260208101879052908101859052606081018290525f6080820152339081907fff1b99c8afce899f46662ffc7045877162dd660b4cacca896efb18ce5e64c3fa9060a00160405180910390a3505050505050565b5f611728610f3c565b90505f600d5442611739919061223e565b42600d55905081156117915760075461175b906001600160a01b031683611f2f565b60408051838152602081018390527f9e987e110fa31b6df40563628cfc9bf82559e7caeb044c8dab1ebd2764ce0d879101611580565b5050565b5f8080808415806117a557508486115b156117c3576040516306e27ae160e41b815260040160405180910390fd5b84600854876117d29190612289565b6117dc91906122a0565b93506117f5600954876117ef9190612289565b86611fb5565b92505f670de0b6b3a764000061180961109c565b6118139087612289565b61181d91906122a0565b905083811161183f57604051631f84400760e31b815260040160405180910390fd5b5f61184a858361223e565b9050611865600b548261185d9190612289565b612710611fb5565b9250611871838261223e565b9350505092959194509250565b6001600160a01b0382165f90815260036020526040902054818110156118b757604051631e9acf1760e31b815260040160405180910390fd5b6118c1828261223e565b6001600160a01b0384165f90815260036020526040812091909155600280548492906118ee90849061223e565b90915550506040518281525f906001600160a01b038516907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3505050565b6040516001600160a01b038381166024830152604482018390525f91829186169060640160408051601f198184030181529181526020820180516001600160e01b031663a9059cbb60e01b1790525161199191906122e1565b5f604051808303815f865af19150503d805f81146119ca576040519150601f19603f3d011682016040523d82523d5f602084013e6119cf565b606091505b50915091508115806119fd57505f81511180156119fd5750808060200190518101906119fb91906122f7565b155b15611a1b57604051633acb3d3f60e21b815260040160405180910390fd5b5050505050565b6001600160a01b0383165f9081526003602052604090205481811015611a5b57604051631e9acf1760e31b815260040160405180910390fd5b611a65828261223e565b6001600160a01b038086165f908152600360205260408082209390935590851681529081208054849290611a9a90849061222b565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef84604051611ae691815260200190565b60405180910390a350505050565b5f611afd61109c565b90505f670de0b6b3a764000082600854611b179190612289565b611b2191906122a0565b90506009548111611b4557604051631f84400760e31b815260040160405180910390fd5b5f60095482611b54919061223e565b90505f83600f5483611b669190612289565b611b7091906122a0565b90505f82670de0b6b3a7640000611b878785612289565b611b9191906122a0565b611b9b919061223e565b9050600854821115611bd6575f611bb0610d41565b905060085483611bc0919061223e565b811015611bd457600854610884908461223e565b505b60088290556009819055337f6de86fc82486b49907f9fee6c7aa484a56daa79afa0b55b127d54690f951ab058789611c0c610c48565b604080519315158452602084019290925290820152606081018590526080810184905260a00160405180910390a250505050505050565b83670de0b6b3a764000011158015611c5b5750828411155b8015611c675750818311155b8015611c735750808211155b611c9057604051634762470b60e11b815260040160405180910390fd5b600e849055600f839055601082905560118190556040805185815260208101859052908101839052606081018290527f524fa34b17abbc88c2af0107d895a0c59b1b3721f5bbf0098679bb7d2c5546619060800160405180910390a150505050565b5f5f5f5f845f03611d16576040516306e27ae160e41b815260040160405180910390fd5b611d27600854876117ef9190612289565b93508460095487611d389190612289565b611d4291906122a0565b92505f611d5a611d5061109c565b61160e9087612289565b9050838111611d7c57604051631f84400760e31b815260040160405180910390fd5b5f611d87858361223e565b9050611d9a600a548261185d9190612289565b9250611871838261222b565b6101f4831180611db757506101f482115b80611dc9575067016345785d8a000081115b15611de757604051634762470b60e11b815260040160405180910390fd5b600a839055600b829055600c81905560408051848152602081018490529081018290527f01bae858246c904512695a3f6d48ab88abb7a0192fdd7c53b043e60317795f459060600160405180910390a1505050565b6040516001600160a01b0384811660248301528381166044830152606482018390525f91829187169060840160408051601f198184030181529181526020820180516001600160e01b03166323b872dd60e01b17905251611e9d91906122e1565b5f604051808303815f865af19150503d805f8114611ed6576040519150601f19603f3d011682016040523d82523d5f602084013e611edb565b606091505b5091509150811580611f0957505f8151118015611f09575080806020019051810190611f0791906122f7565b155b15611f2757604051633acb3d3f60e21b815260040160405180910390fd5b505050505050565b8060025f828254611f40919061222b565b90915550506001600160a01b0382165f9081526003602052604081208054839290611f6c90849061222b565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f8215611fe25781611fc860018561223e565b611fd291906122a0565b611fdd90600161222b565b611fe4565b5f5b9392505050565b8015158114610e98575f5ffd5b5f60208284031215612008575f5ffd5b8135611fe481611feb565b80356001600160a01b0381168114612029575f5ffd5b919050565b5f5f5f60608486031215612040575f5ffd5b833592506020840135915061205760408501612013565b90509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f604083850312156120a6575f5ffd5b6120af83612013565b946020939093013593505050565b5f5f5f606084860312156120cf575f5ffd5b6120d884612013565b92506120e660208501612013565b929592945050506040919091013590565b5f5f5f60608486031215612109575f5ffd5b61211284612013565b95602085013595506040909401359392505050565b5f60208284031215612137575f5ffd5b5035919050565b5f6020828403121561214e575f5ffd5b611fe482612013565b5f5f5f5f6080858703121561216a575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f5f5f60608486031215612198575f5ffd5b505081359360208301359350604090920135919050565b5f5f604083850312156121c0575f5ffd5b6121c983612013565b91506121d760208401612013565b90509250929050565b5f5f604083850312156121f1575f5ffd5b50508035926020909101359150565b5f60208284031215612210575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610aa557610aa5612217565b81810381811115610aa557610aa5612217565b600181811c9082168061226557607f821691505b60208210810361228357634e487b7160e01b5f52602260045260245ffd5b50919050565b8082028115828204841417610aa557610aa5612217565b5f826122ba57634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f604083850312156122d0575f5ffd5b505080516020909101519092909150565b5f82518060208501845e5f920191825250919050565b5f60208284031215612307575f5ffd5b8151611fe481611feb56",
}

// NavLeveragedToken is an auto generated Go binding around an Ethereum contract.
type NavLeveragedToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NavLeveragedToken) GetABI() abi.ABI {
	return c.abi
}

// NewNavLeveragedToken creates a new instance of NavLeveragedToken.
func NewNavLeveragedToken() *NavLeveragedToken {
	parsed, err := NavLeveragedTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NavLeveragedToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NavLeveragedToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address collateralToken_, address quoteToken_, address feed_, uint256[4] bands, uint256[3] fees, uint256 maxPriceAge_) returns()
func (navLeveragedToken *NavLeveragedToken) PackConstructor(name_ string, symbol_ string, collateralToken_ common.Address, quoteToken_ common.Address, feed_ common.Address, bands [4]*big.Int, fees [3]*big.Int, maxPriceAge_ *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("", name_, symbol_, collateralToken_, quoteToken_, feed_, bands, fees, maxPriceAge_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXSTREAMINGFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f377607.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STREAMING_FEE() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMAXSTREAMINGFEE() []byte {
	enc, err := navLeveragedToken.abi.Pack("MAX_STREAMING_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTREAMINGFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f377607.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STREAMING_FEE() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMAXSTREAMINGFEE() ([]byte, error) {
	return navLeveragedToken.abi.Pack("MAX_STREAMING_FEE")
}

// UnpackMAXSTREAMINGFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f377607.
//
// Solidity: function MAX_STREAMING_FEE() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMAXSTREAMINGFEE(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("MAX_STREAMING_FEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTRADEFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b632360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TRADE_FEE_BPS() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMAXTRADEFEEBPS() []byte {
	enc, err := navLeveragedToken.abi.Pack("MAX_TRADE_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTRADEFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b632360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TRADE_FEE_BPS() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMAXTRADEFEEBPS() ([]byte, error) {
	return navLeveragedToken.abi.Pack("MAX_TRADE_FEE_BPS")
}

// UnpackMAXTRADEFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b632360.
//
// Solidity: function MAX_TRADE_FEE_BPS() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMAXTRADEFEEBPS(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("MAX_TRADE_FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccrueStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd68bd031.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrueStreamingFee() returns()
func (navLeveragedToken *NavLeveragedToken) PackAccrueStreamingFee() []byte {
	enc, err := navLeveragedToken.abi.Pack("accrueStreamingFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrueStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd68bd031.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrueStreamingFee() returns()
func (navLeveragedToken *NavLeveragedToken) TryPackAccrueStreamingFee() ([]byte, error) {
	return navLeveragedToken.abi.Pack("accrueStreamingFee")
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("allowance", arg0, arg1)
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
func (navLeveragedToken *NavLeveragedToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("allowance", data)
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
func (navLeveragedToken *NavLeveragedToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("approve", spender, amount)
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
func (navLeveragedToken *NavLeveragedToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackApprove(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("approve", data)
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
func (navLeveragedToken *NavLeveragedToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("balanceOf", arg0)
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
func (navLeveragedToken *NavLeveragedToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBootstrap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee01e6f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bootstrap(uint256 quantity, uint256 collateralUnits, uint256 debtUnits) returns()
func (navLeveragedToken *NavLeveragedToken) PackBootstrap(quantity *big.Int, collateralUnits *big.Int, debtUnits *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("bootstrap", quantity, collateralUnits, debtUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBootstrap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee01e6f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bootstrap(uint256 quantity, uint256 collateralUnits, uint256 debtUnits) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackBootstrap(quantity *big.Int, collateralUnits *big.Int, debtUnits *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("bootstrap", quantity, collateralUnits, debtUnits)
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackCollateral() []byte {
	enc, err := navLeveragedToken.abi.Pack("collateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackCollateral() ([]byte, error) {
	return navLeveragedToken.abi.Pack("collateral")
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8dfeb45.
//
// Solidity: function collateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackCollateral(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("collateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackCollateralToken() []byte {
	enc, err := navLeveragedToken.abi.Pack("collateralToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackCollateralToken() ([]byte, error) {
	return navLeveragedToken.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("collateralToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dca59c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debt() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackDebt() []byte {
	enc, err := navLeveragedToken.abi.Pack("debt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dca59c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debt() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackDebt() ([]byte, error) {
	return navLeveragedToken.abi.Pack("debt")
}

// UnpackDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0dca59c1.
//
// Solidity: function debt() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackDebt(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("debt", data)
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
func (navLeveragedToken *NavLeveragedToken) PackDecimals() []byte {
	enc, err := navLeveragedToken.abi.Pack("decimals")
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
func (navLeveragedToken *NavLeveragedToken) TryPackDecimals() ([]byte, error) {
	return navLeveragedToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (navLeveragedToken *NavLeveragedToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := navLeveragedToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEffectiveSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc47093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function effectiveSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackEffectiveSupply() []byte {
	enc, err := navLeveragedToken.abi.Pack("effectiveSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEffectiveSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc47093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function effectiveSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackEffectiveSupply() ([]byte, error) {
	return navLeveragedToken.abi.Pack("effectiveSupply")
}

// UnpackEffectiveSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fc47093.
//
// Solidity: function effectiveSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackEffectiveSupply(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("effectiveSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEquity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91a0ac6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function equity() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackEquity() []byte {
	enc, err := navLeveragedToken.abi.Pack("equity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEquity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91a0ac6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function equity() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackEquity() ([]byte, error) {
	return navLeveragedToken.abi.Pack("equity")
}

// UnpackEquity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91a0ac6a.
//
// Solidity: function equity() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackEquity(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("equity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackFeeRecipient() []byte {
	enc, err := navLeveragedToken.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackFeeRecipient() ([]byte, error) {
	return navLeveragedToken.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feed() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackFeed() []byte {
	enc, err := navLeveragedToken.abi.Pack("feed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feed() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackFeed() ([]byte, error) {
	return navLeveragedToken.abi.Pack("feed")
}

// UnpackFeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37a7b7d8.
//
// Solidity: function feed() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackFeed(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("feed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFundReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed495d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundReserve(uint256 collateralUnits, uint256 quoteUnits) returns()
func (navLeveragedToken *NavLeveragedToken) PackFundReserve(collateralUnits *big.Int, quoteUnits *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("fundReserve", collateralUnits, quoteUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed495d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundReserve(uint256 collateralUnits, uint256 quoteUnits) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackFundReserve(collateralUnits *big.Int, quoteUnits *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("fundReserve", collateralUnits, quoteUnits)
}

// PackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keeper() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackKeeper() []byte {
	enc, err := navLeveragedToken.abi.Pack("keeper")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keeper() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackKeeper() ([]byte, error) {
	return navLeveragedToken.abi.Pack("keeper")
}

// UnpackKeeper is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaced1661.
//
// Solidity: function keeper() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackKeeper(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("keeper", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLastFeeAccrual is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc0bdf50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastFeeAccrual() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackLastFeeAccrual() []byte {
	enc, err := navLeveragedToken.abi.Pack("lastFeeAccrual")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastFeeAccrual is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc0bdf50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastFeeAccrual() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackLastFeeAccrual() ([]byte, error) {
	return navLeveragedToken.abi.Pack("lastFeeAccrual")
}

// UnpackLastFeeAccrual is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc0bdf50.
//
// Solidity: function lastFeeAccrual() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackLastFeeAccrual(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("lastFeeAccrual", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c86d98e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("leverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c86d98e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("leverage")
}

// UnpackLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c86d98e.
//
// Solidity: function leverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("leverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae3302c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMaxLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("maxLeverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae3302c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMaxLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("maxLeverage")
}

// UnpackMaxLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae3302c2.
//
// Solidity: function maxLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMaxLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("maxLeverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1584410a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMaxPriceAge() []byte {
	enc, err := navLeveragedToken.abi.Pack("maxPriceAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1584410a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMaxPriceAge() ([]byte, error) {
	return navLeveragedToken.abi.Pack("maxPriceAge")
}

// UnpackMaxPriceAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1584410a.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMaxPriceAge(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("maxPriceAge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f6f76f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMinLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("minLeverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f6f76f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMinLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("minLeverage")
}

// UnpackMinLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20f6f76f.
//
// Solidity: function minLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMinLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("minLeverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d3fe6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (navLeveragedToken *NavLeveragedToken) PackMint(quantity *big.Int, maxQuoteIn *big.Int, to common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("mint", quantity, maxQuoteIn, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d3fe6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (navLeveragedToken *NavLeveragedToken) TryPackMint(quantity *big.Int, maxQuoteIn *big.Int, to common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("mint", quantity, maxQuoteIn, to)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7d3fe6b.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (navLeveragedToken *NavLeveragedToken) UnpackMint(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c8bcc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMintFeeBps() []byte {
	enc, err := navLeveragedToken.abi.Pack("mintFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c8bcc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMintFeeBps() ([]byte, error) {
	return navLeveragedToken.abi.Pack("mintFeeBps")
}

// UnpackMintFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c8bcc1.
//
// Solidity: function mintFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMintFeeBps(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("mintFeeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (navLeveragedToken *NavLeveragedToken) PackName() []byte {
	enc, err := navLeveragedToken.abi.Pack("name")
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
func (navLeveragedToken *NavLeveragedToken) TryPackName() ([]byte, error) {
	return navLeveragedToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (navLeveragedToken *NavLeveragedToken) UnpackName(data []byte) (string, error) {
	out, err := navLeveragedToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNav is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1590cd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nav() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackNav() []byte {
	enc, err := navLeveragedToken.abi.Pack("nav")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNav is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1590cd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nav() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackNav() ([]byte, error) {
	return navLeveragedToken.abi.Pack("nav")
}

// UnpackNav is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1590cd7.
//
// Solidity: function nav() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackNav(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("nav", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackOwner() []byte {
	enc, err := navLeveragedToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackOwner() ([]byte, error) {
	return navLeveragedToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02329a29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause(bool on) returns()
func (navLeveragedToken *NavLeveragedToken) PackPause(on bool) []byte {
	enc, err := navLeveragedToken.abi.Pack("pause", on)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02329a29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause(bool on) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackPause(on bool) ([]byte, error) {
	return navLeveragedToken.abi.Pack("pause", on)
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) PackPaused() []byte {
	enc, err := navLeveragedToken.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) TryPackPaused() ([]byte, error) {
	return navLeveragedToken.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackPaused(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fffca39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingStreamingFee() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackPendingStreamingFee() []byte {
	enc, err := navLeveragedToken.abi.Pack("pendingStreamingFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fffca39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingStreamingFee() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackPendingStreamingFee() ([]byte, error) {
	return navLeveragedToken.abi.Pack("pendingStreamingFee")
}

// UnpackPendingStreamingFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fffca39.
//
// Solidity: function pendingStreamingFee() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackPendingStreamingFee(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("pendingStreamingFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) PackPreviewMint(quantity *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("previewMint", quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) TryPackPreviewMint(quantity *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("previewMint", quantity)
}

// NavLeveragedTokenPreviewMintOutput serves as a container for the return parameters of contract
// method PreviewMint.
type NavLeveragedTokenPreviewMintOutput struct {
	QuoteIn *big.Int
	Fee     *big.Int
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) UnpackPreviewMint(data []byte) (NavLeveragedTokenPreviewMintOutput, error) {
	out, err := navLeveragedToken.abi.Unpack("previewMint", data)
	outstruct := new(NavLeveragedTokenPreviewMintOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.QuoteIn = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) PackPreviewRedeem(quantity *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("previewRedeem", quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) TryPackPreviewRedeem(quantity *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("previewRedeem", quantity)
}

// NavLeveragedTokenPreviewRedeemOutput serves as a container for the return parameters of contract
// method PreviewRedeem.
type NavLeveragedTokenPreviewRedeemOutput struct {
	QuoteOut *big.Int
	Fee      *big.Int
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) UnpackPreviewRedeem(data []byte) (NavLeveragedTokenPreviewRedeemOutput, error) {
	out, err := navLeveragedToken.abi.Unpack("previewRedeem", data)
	outstruct := new(NavLeveragedTokenPreviewRedeemOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.QuoteOut = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackPrice() []byte {
	enc, err := navLeveragedToken.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackPrice() ([]byte, error) {
	return navLeveragedToken.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217a4b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackQuoteToken() []byte {
	enc, err := navLeveragedToken.abi.Pack("quoteToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217a4b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackQuoteToken() ([]byte, error) {
	return navLeveragedToken.abi.Pack("quoteToken")
}

// UnpackQuoteToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x217a4b70.
//
// Solidity: function quoteToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackQuoteToken(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("quoteToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d7c2a1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rebalance() returns()
func (navLeveragedToken *NavLeveragedToken) PackRebalance() []byte {
	enc, err := navLeveragedToken.abi.Pack("rebalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d7c2a1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rebalance() returns()
func (navLeveragedToken *NavLeveragedToken) TryPackRebalance() ([]byte, error) {
	return navLeveragedToken.abi.Pack("rebalance")
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049104e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (navLeveragedToken *NavLeveragedToken) PackRedeem(quantity *big.Int, minQuoteOut *big.Int, to common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("redeem", quantity, minQuoteOut, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049104e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (navLeveragedToken *NavLeveragedToken) TryPackRedeem(quantity *big.Int, minQuoteOut *big.Int, to common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("redeem", quantity, minQuoteOut, to)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x049104e5.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (navLeveragedToken *NavLeveragedToken) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedeemFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f6442c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackRedeemFeeBps() []byte {
	enc, err := navLeveragedToken.abi.Pack("redeemFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f6442c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackRedeemFeeBps() ([]byte, error) {
	return navLeveragedToken.abi.Pack("redeemFeeBps")
}

// UnpackRedeemFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09f6442c.
//
// Solidity: function redeemFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackRedeemFeeBps(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("redeemFeeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReserveCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x623a8fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveCollateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackReserveCollateral() []byte {
	enc, err := navLeveragedToken.abi.Pack("reserveCollateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x623a8fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveCollateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackReserveCollateral() ([]byte, error) {
	return navLeveragedToken.abi.Pack("reserveCollateral")
}

// UnpackReserveCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x623a8fde.
//
// Solidity: function reserveCollateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackReserveCollateral(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("reserveCollateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRipcord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a993327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ripcord() returns()
func (navLeveragedToken *NavLeveragedToken) PackRipcord() []byte {
	enc, err := navLeveragedToken.abi.Pack("ripcord")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRipcord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a993327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ripcord() returns()
func (navLeveragedToken *NavLeveragedToken) TryPackRipcord() ([]byte, error) {
	return navLeveragedToken.abi.Pack("ripcord")
}

// PackRipcordLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07671650.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ripcordLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackRipcordLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("ripcordLeverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRipcordLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07671650.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ripcordLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackRipcordLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("ripcordLeverage")
}

// UnpackRipcordLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07671650.
//
// Solidity: function ripcordLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackRipcordLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("ripcordLeverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetBands is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8853505f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBands(uint256 min_, uint256 target_, uint256 max_, uint256 ripcord_) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetBands(min *big.Int, target *big.Int, max *big.Int, ripcord *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("setBands", min, target, max, ripcord)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBands is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8853505f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBands(uint256 min_, uint256 target_, uint256 max_, uint256 ripcord_) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetBands(min *big.Int, target *big.Int, max *big.Int, ripcord *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setBands", min, target, max, ripcord)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address to) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetFeeRecipient(to common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("setFeeRecipient", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address to) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetFeeRecipient(to common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setFeeRecipient", to)
}

// PackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcec10c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFees(uint256 mintFeeBps_, uint256 redeemFeeBps_, uint256 streamingFeeRate_) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetFees(mintFeeBps *big.Int, redeemFeeBps *big.Int, streamingFeeRate *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("setFees", mintFeeBps, redeemFeeBps, streamingFeeRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcec10c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFees(uint256 mintFeeBps_, uint256 redeemFeeBps_, uint256 streamingFeeRate_) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetFees(mintFeeBps *big.Int, redeemFeeBps *big.Int, streamingFeeRate *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setFees", mintFeeBps, redeemFeeBps, streamingFeeRate)
}

// PackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setKeeper(address keeper_) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetKeeper(keeper common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("setKeeper", keeper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setKeeper(address keeper_) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetKeeper(keeper common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setKeeper", keeper)
}

// PackSetMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56447ce8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxPriceAge(uint256 age) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetMaxPriceAge(age *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("setMaxPriceAge", age)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56447ce8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxPriceAge(uint256 age) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetMaxPriceAge(age *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setMaxPriceAge", age)
}

// PackShouldRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2c1d5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shouldRebalance() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) PackShouldRebalance() []byte {
	enc, err := navLeveragedToken.abi.Pack("shouldRebalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShouldRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2c1d5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shouldRebalance() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) TryPackShouldRebalance() ([]byte, error) {
	return navLeveragedToken.abi.Pack("shouldRebalance")
}

// UnpackShouldRebalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae2c1d5f.
//
// Solidity: function shouldRebalance() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackShouldRebalance(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("shouldRebalance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackStreamingFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9da3b365.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function streamingFeeRate() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackStreamingFeeRate() []byte {
	enc, err := navLeveragedToken.abi.Pack("streamingFeeRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStreamingFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9da3b365.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function streamingFeeRate() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackStreamingFeeRate() ([]byte, error) {
	return navLeveragedToken.abi.Pack("streamingFeeRate")
}

// UnpackStreamingFeeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9da3b365.
//
// Solidity: function streamingFeeRate() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackStreamingFeeRate(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("streamingFeeRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (navLeveragedToken *NavLeveragedToken) PackSymbol() []byte {
	enc, err := navLeveragedToken.abi.Pack("symbol")
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
func (navLeveragedToken *NavLeveragedToken) TryPackSymbol() ([]byte, error) {
	return navLeveragedToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (navLeveragedToken *NavLeveragedToken) UnpackSymbol(data []byte) (string, error) {
	out, err := navLeveragedToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTargetLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c946ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function targetLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackTargetLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("targetLeverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTargetLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c946ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function targetLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackTargetLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("targetLeverage")
}

// UnpackTargetLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6c946ea.
//
// Solidity: function targetLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackTargetLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("targetLeverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackToken() []byte {
	enc, err := navLeveragedToken.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackToken() ([]byte, error) {
	return navLeveragedToken.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackToken(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackTotalSupply() []byte {
	enc, err := navLeveragedToken.abi.Pack("totalSupply")
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
func (navLeveragedToken *NavLeveragedToken) TryPackTotalSupply() ([]byte, error) {
	return navLeveragedToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("totalSupply", data)
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
func (navLeveragedToken *NavLeveragedToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("transfer", to, amount)
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
func (navLeveragedToken *NavLeveragedToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("transfer", data)
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
func (navLeveragedToken *NavLeveragedToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("transferFrom", from, to, amount)
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
func (navLeveragedToken *NavLeveragedToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26ebadba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawReserve(address to, uint256 collateralUnits, uint256 quoteUnits) returns()
func (navLeveragedToken *NavLeveragedToken) PackWithdrawReserve(to common.Address, collateralUnits *big.Int, quoteUnits *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("withdrawReserve", to, collateralUnits, quoteUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26ebadba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawReserve(address to, uint256 collateralUnits, uint256 quoteUnits) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackWithdrawReserve(to common.Address, collateralUnits *big.Int, quoteUnits *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("withdrawReserve", to, collateralUnits, quoteUnits)
}

// NavLeveragedTokenApproval represents a Approval event raised by the NavLeveragedToken contract.
type NavLeveragedTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenApproval) ContractEventName() string {
	return NavLeveragedTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (navLeveragedToken *NavLeveragedToken) UnpackApprovalEvent(log *types.Log) (*NavLeveragedTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenApproval)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenBandsSet represents a BandsSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenBandsSet struct {
	MinLeverage     *big.Int
	TargetLeverage  *big.Int
	MaxLeverage     *big.Int
	RipcordLeverage *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenBandsSetEventName = "BandsSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenBandsSet) ContractEventName() string {
	return NavLeveragedTokenBandsSetEventName
}

// UnpackBandsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BandsSet(uint256 minLeverage, uint256 targetLeverage, uint256 maxLeverage, uint256 ripcordLeverage)
func (navLeveragedToken *NavLeveragedToken) UnpackBandsSetEvent(log *types.Log) (*NavLeveragedTokenBandsSet, error) {
	event := "BandsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenBandsSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenFeeRecipientSet represents a FeeRecipientSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenFeeRecipientSet struct {
	FeeRecipient common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenFeeRecipientSetEventName = "FeeRecipientSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenFeeRecipientSet) ContractEventName() string {
	return NavLeveragedTokenFeeRecipientSetEventName
}

// UnpackFeeRecipientSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientSet(address feeRecipient)
func (navLeveragedToken *NavLeveragedToken) UnpackFeeRecipientSetEvent(log *types.Log) (*NavLeveragedTokenFeeRecipientSet, error) {
	event := "FeeRecipientSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenFeeRecipientSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenFeesSet represents a FeesSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenFeesSet struct {
	MintFeeBps       *big.Int
	RedeemFeeBps     *big.Int
	StreamingFeeRate *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenFeesSetEventName = "FeesSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenFeesSet) ContractEventName() string {
	return NavLeveragedTokenFeesSetEventName
}

// UnpackFeesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesSet(uint256 mintFeeBps, uint256 redeemFeeBps, uint256 streamingFeeRate)
func (navLeveragedToken *NavLeveragedToken) UnpackFeesSetEvent(log *types.Log) (*NavLeveragedTokenFeesSet, error) {
	event := "FeesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenFeesSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenKeeperSet represents a KeeperSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenKeeperSet struct {
	Keeper common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenKeeperSetEventName = "KeeperSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenKeeperSet) ContractEventName() string {
	return NavLeveragedTokenKeeperSetEventName
}

// UnpackKeeperSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeeperSet(address keeper)
func (navLeveragedToken *NavLeveragedToken) UnpackKeeperSetEvent(log *types.Log) (*NavLeveragedTokenKeeperSet, error) {
	event := "KeeperSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenKeeperSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenMaxPriceAgeSet represents a MaxPriceAgeSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenMaxPriceAgeSet struct {
	MaxPriceAge *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenMaxPriceAgeSetEventName = "MaxPriceAgeSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenMaxPriceAgeSet) ContractEventName() string {
	return NavLeveragedTokenMaxPriceAgeSetEventName
}

// UnpackMaxPriceAgeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxPriceAgeSet(uint256 maxPriceAge)
func (navLeveragedToken *NavLeveragedToken) UnpackMaxPriceAgeSetEvent(log *types.Log) (*NavLeveragedTokenMaxPriceAgeSet, error) {
	event := "MaxPriceAgeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenMaxPriceAgeSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenMinted represents a Minted event raised by the NavLeveragedToken contract.
type NavLeveragedTokenMinted struct {
	Payer           common.Address
	To              common.Address
	Quantity        *big.Int
	CollateralAdded *big.Int
	DebtAdded       *big.Int
	QuoteIn         *big.Int
	Fee             *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenMinted) ContractEventName() string {
	return NavLeveragedTokenMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(address indexed payer, address indexed to, uint256 quantity, uint256 collateralAdded, uint256 debtAdded, uint256 quoteIn, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) UnpackMintedEvent(log *types.Log) (*NavLeveragedTokenMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenMinted)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenPausedSet represents a PausedSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenPausedSet struct {
	Paused bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenPausedSetEventName = "PausedSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenPausedSet) ContractEventName() string {
	return NavLeveragedTokenPausedSetEventName
}

// UnpackPausedSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PausedSet(bool paused)
func (navLeveragedToken *NavLeveragedToken) UnpackPausedSetEvent(log *types.Log) (*NavLeveragedTokenPausedSet, error) {
	event := "PausedSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenPausedSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenRebalanced represents a Rebalanced event raised by the NavLeveragedToken contract.
type NavLeveragedTokenRebalanced struct {
	Caller         common.Address
	Ripcord        bool
	LeverageBefore *big.Int
	LeverageAfter  *big.Int
	Collateral     *big.Int
	Debt           *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenRebalancedEventName = "Rebalanced"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenRebalanced) ContractEventName() string {
	return NavLeveragedTokenRebalancedEventName
}

// UnpackRebalancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Rebalanced(address indexed caller, bool ripcord, uint256 leverageBefore, uint256 leverageAfter, uint256 collateral, uint256 debt)
func (navLeveragedToken *NavLeveragedToken) UnpackRebalancedEvent(log *types.Log) (*NavLeveragedTokenRebalanced, error) {
	event := "Rebalanced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenRebalanced)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenRedeemed represents a Redeemed event raised by the NavLeveragedToken contract.
type NavLeveragedTokenRedeemed struct {
	Holder            common.Address
	To                common.Address
	Quantity          *big.Int
	CollateralRemoved *big.Int
	DebtRepaid        *big.Int
	QuoteOut          *big.Int
	Fee               *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenRedeemed) ContractEventName() string {
	return NavLeveragedTokenRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed holder, address indexed to, uint256 quantity, uint256 collateralRemoved, uint256 debtRepaid, uint256 quoteOut, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) UnpackRedeemedEvent(log *types.Log) (*NavLeveragedTokenRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenRedeemed)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenReserveFunded represents a ReserveFunded event raised by the NavLeveragedToken contract.
type NavLeveragedTokenReserveFunded struct {
	CollateralUnits *big.Int
	QuoteUnits      *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenReserveFundedEventName = "ReserveFunded"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenReserveFunded) ContractEventName() string {
	return NavLeveragedTokenReserveFundedEventName
}

// UnpackReserveFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFunded(uint256 collateralUnits, uint256 quoteUnits)
func (navLeveragedToken *NavLeveragedToken) UnpackReserveFundedEvent(log *types.Log) (*NavLeveragedTokenReserveFunded, error) {
	event := "ReserveFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenReserveFunded)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenReserveWithdrawn represents a ReserveWithdrawn event raised by the NavLeveragedToken contract.
type NavLeveragedTokenReserveWithdrawn struct {
	To              common.Address
	CollateralUnits *big.Int
	QuoteUnits      *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenReserveWithdrawnEventName = "ReserveWithdrawn"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenReserveWithdrawn) ContractEventName() string {
	return NavLeveragedTokenReserveWithdrawnEventName
}

// UnpackReserveWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveWithdrawn(address indexed to, uint256 collateralUnits, uint256 quoteUnits)
func (navLeveragedToken *NavLeveragedToken) UnpackReserveWithdrawnEvent(log *types.Log) (*NavLeveragedTokenReserveWithdrawn, error) {
	event := "ReserveWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenReserveWithdrawn)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenStreamingFeeAccrued represents a StreamingFeeAccrued event raised by the NavLeveragedToken contract.
type NavLeveragedTokenStreamingFeeAccrued struct {
	FeeTokens *big.Int
	Elapsed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenStreamingFeeAccruedEventName = "StreamingFeeAccrued"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenStreamingFeeAccrued) ContractEventName() string {
	return NavLeveragedTokenStreamingFeeAccruedEventName
}

// UnpackStreamingFeeAccruedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamingFeeAccrued(uint256 feeTokens, uint256 elapsed)
func (navLeveragedToken *NavLeveragedToken) UnpackStreamingFeeAccruedEvent(log *types.Log) (*NavLeveragedTokenStreamingFeeAccrued, error) {
	event := "StreamingFeeAccrued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenStreamingFeeAccrued)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenTransfer represents a Transfer event raised by the NavLeveragedToken contract.
type NavLeveragedTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenTransfer) ContractEventName() string {
	return NavLeveragedTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (navLeveragedToken *NavLeveragedToken) UnpackTransferEvent(log *types.Log) (*NavLeveragedTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenTransfer)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (navLeveragedToken *NavLeveragedToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["AlreadyBootstrapped"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackAlreadyBootstrappedError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["BelowRipcord"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackBelowRipcordError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["Insolvent"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackInsolventError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["IsPaused"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackIsPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["NotBootstrapped"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackNotBootstrappedError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["NotKeeper"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackNotKeeperError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["ReserveShort"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackReserveShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["Slippage"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackSlippageError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["StalePrice"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackStalePriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["TokenTransfer"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackTokenTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["WithinBands"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackWithinBandsError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["ZeroQuantity"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackZeroQuantityError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NavLeveragedTokenAlreadyBootstrapped represents a AlreadyBootstrapped error raised by the NavLeveragedToken contract.
type NavLeveragedTokenAlreadyBootstrapped struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyBootstrapped()
func NavLeveragedTokenAlreadyBootstrappedErrorID() common.Hash {
	return common.HexToHash("0xb807a0ea402ffa7c63f61fb8f836d15667064aecb8eed1852ac0bb9a62100729")
}

// UnpackAlreadyBootstrappedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyBootstrapped()
func (navLeveragedToken *NavLeveragedToken) UnpackAlreadyBootstrappedError(raw []byte) (*NavLeveragedTokenAlreadyBootstrapped, error) {
	out := new(NavLeveragedTokenAlreadyBootstrapped)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "AlreadyBootstrapped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenBadParameter represents a BadParameter error raised by the NavLeveragedToken contract.
type NavLeveragedTokenBadParameter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter()
func NavLeveragedTokenBadParameterErrorID() common.Hash {
	return common.HexToHash("0x8ec48e16047a0178c89bdefa13cab01a03913d2353214edd02ae0575f1cd52a7")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter()
func (navLeveragedToken *NavLeveragedToken) UnpackBadParameterError(raw []byte) (*NavLeveragedTokenBadParameter, error) {
	out := new(NavLeveragedTokenBadParameter)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenBelowRipcord represents a BelowRipcord error raised by the NavLeveragedToken contract.
type NavLeveragedTokenBelowRipcord struct {
	Leverage *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowRipcord(uint256 leverage)
func NavLeveragedTokenBelowRipcordErrorID() common.Hash {
	return common.HexToHash("0xe368b9171e5389c852ea38c7ea064a0ac082bd46d2bcf3b203e4969ad4c5eda2")
}

// UnpackBelowRipcordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowRipcord(uint256 leverage)
func (navLeveragedToken *NavLeveragedToken) UnpackBelowRipcordError(raw []byte) (*NavLeveragedTokenBelowRipcord, error) {
	out := new(NavLeveragedTokenBelowRipcord)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "BelowRipcord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenInsolvent represents a Insolvent error raised by the NavLeveragedToken contract.
type NavLeveragedTokenInsolvent struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Insolvent()
func NavLeveragedTokenInsolventErrorID() common.Hash {
	return common.HexToHash("0xfc220038dd9537de7655560b6afd06dcea02819c57f7ce0a390d00abb0854ca4")
}

// UnpackInsolventError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Insolvent()
func (navLeveragedToken *NavLeveragedToken) UnpackInsolventError(raw []byte) (*NavLeveragedTokenInsolvent, error) {
	out := new(NavLeveragedTokenInsolvent)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "Insolvent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenInsufficientAllowance represents a InsufficientAllowance error raised by the NavLeveragedToken contract.
type NavLeveragedTokenInsufficientAllowance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance()
func NavLeveragedTokenInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x13be252bc8f22c3de689f75d88d90b4c4aeb9cd39d50c39ae82df3b19f85cf73")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance()
func (navLeveragedToken *NavLeveragedToken) UnpackInsufficientAllowanceError(raw []byte) (*NavLeveragedTokenInsufficientAllowance, error) {
	out := new(NavLeveragedTokenInsufficientAllowance)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenInsufficientBalance represents a InsufficientBalance error raised by the NavLeveragedToken contract.
type NavLeveragedTokenInsufficientBalance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance()
func NavLeveragedTokenInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xf4d678b8ce6b5157126b1484a53523762a93571537a7d5ae97d8014a44715c94")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance()
func (navLeveragedToken *NavLeveragedToken) UnpackInsufficientBalanceError(raw []byte) (*NavLeveragedTokenInsufficientBalance, error) {
	out := new(NavLeveragedTokenInsufficientBalance)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenIsPaused represents a IsPaused error raised by the NavLeveragedToken contract.
type NavLeveragedTokenIsPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IsPaused()
func NavLeveragedTokenIsPausedErrorID() common.Hash {
	return common.HexToHash("0x1309a5639731e6b91c4aa19095f23eee07602ba240a393e2b5ccbf71a8e2952f")
}

// UnpackIsPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IsPaused()
func (navLeveragedToken *NavLeveragedToken) UnpackIsPausedError(raw []byte) (*NavLeveragedTokenIsPaused, error) {
	out := new(NavLeveragedTokenIsPaused)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "IsPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenNotBootstrapped represents a NotBootstrapped error raised by the NavLeveragedToken contract.
type NavLeveragedTokenNotBootstrapped struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBootstrapped()
func NavLeveragedTokenNotBootstrappedErrorID() common.Hash {
	return common.HexToHash("0x6e27ae10a13deb59b798174e9d74d038e02921ad12355b1b8bd442fd2dc4efab")
}

// UnpackNotBootstrappedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBootstrapped()
func (navLeveragedToken *NavLeveragedToken) UnpackNotBootstrappedError(raw []byte) (*NavLeveragedTokenNotBootstrapped, error) {
	out := new(NavLeveragedTokenNotBootstrapped)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "NotBootstrapped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenNotKeeper represents a NotKeeper error raised by the NavLeveragedToken contract.
type NavLeveragedTokenNotKeeper struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotKeeper()
func NavLeveragedTokenNotKeeperErrorID() common.Hash {
	return common.HexToHash("0xf512b2786dc2fe013a79b1a8e10af3bcfb4da22238e025c15eb572b6194eb703")
}

// UnpackNotKeeperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotKeeper()
func (navLeveragedToken *NavLeveragedToken) UnpackNotKeeperError(raw []byte) (*NavLeveragedTokenNotKeeper, error) {
	out := new(NavLeveragedTokenNotKeeper)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "NotKeeper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenNotOwner represents a NotOwner error raised by the NavLeveragedToken contract.
type NavLeveragedTokenNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func NavLeveragedTokenNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (navLeveragedToken *NavLeveragedToken) UnpackNotOwnerError(raw []byte) (*NavLeveragedTokenNotOwner, error) {
	out := new(NavLeveragedTokenNotOwner)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenReserveShort represents a ReserveShort error raised by the NavLeveragedToken contract.
type NavLeveragedTokenReserveShort struct {
	Needed    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveShort(uint256 needed, uint256 available)
func NavLeveragedTokenReserveShortErrorID() common.Hash {
	return common.HexToHash("0xcfe90308a310189fdd459ddad240fee670c4030db234a62f6440662894d40ee8")
}

// UnpackReserveShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveShort(uint256 needed, uint256 available)
func (navLeveragedToken *NavLeveragedToken) UnpackReserveShortError(raw []byte) (*NavLeveragedTokenReserveShort, error) {
	out := new(NavLeveragedTokenReserveShort)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "ReserveShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenSlippage represents a Slippage error raised by the NavLeveragedToken contract.
type NavLeveragedTokenSlippage struct {
	Amount *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slippage(uint256 amount, uint256 limit)
func NavLeveragedTokenSlippageErrorID() common.Hash {
	return common.HexToHash("0x2746152a4b5a8cbfa74a83d42c54b637196958aade7f0d4cb312a6b5919d94f8")
}

// UnpackSlippageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slippage(uint256 amount, uint256 limit)
func (navLeveragedToken *NavLeveragedToken) UnpackSlippageError(raw []byte) (*NavLeveragedTokenSlippage, error) {
	out := new(NavLeveragedTokenSlippage)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "Slippage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenStalePrice represents a StalePrice error raised by the NavLeveragedToken contract.
type NavLeveragedTokenStalePrice struct {
	Age    *big.Int
	MaxAge *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StalePrice(uint256 age, uint256 maxAge)
func NavLeveragedTokenStalePriceErrorID() common.Hash {
	return common.HexToHash("0x2730eb48b74ddb54b6d7350f70a148844609908c35a2ee52be7881b788079269")
}

// UnpackStalePriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StalePrice(uint256 age, uint256 maxAge)
func (navLeveragedToken *NavLeveragedToken) UnpackStalePriceError(raw []byte) (*NavLeveragedTokenStalePrice, error) {
	out := new(NavLeveragedTokenStalePrice)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "StalePrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenTokenTransfer represents a TokenTransfer error raised by the NavLeveragedToken contract.
type NavLeveragedTokenTokenTransfer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTransfer()
func NavLeveragedTokenTokenTransferErrorID() common.Hash {
	return common.HexToHash("0xeb2cf4fc9168a2d848de8c48d73f2b6e32ef3b25eb1e730b673209b002bca01d")
}

// UnpackTokenTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTransfer()
func (navLeveragedToken *NavLeveragedToken) UnpackTokenTransferError(raw []byte) (*NavLeveragedTokenTokenTransfer, error) {
	out := new(NavLeveragedTokenTokenTransfer)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "TokenTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenWithinBands represents a WithinBands error raised by the NavLeveragedToken contract.
type NavLeveragedTokenWithinBands struct {
	Leverage *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithinBands(uint256 leverage)
func NavLeveragedTokenWithinBandsErrorID() common.Hash {
	return common.HexToHash("0xca3d4032891cc54386baf941a0f6daeccfb1d2fc09e59122791b6470639e299a")
}

// UnpackWithinBandsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithinBands(uint256 leverage)
func (navLeveragedToken *NavLeveragedToken) UnpackWithinBandsError(raw []byte) (*NavLeveragedTokenWithinBands, error) {
	out := new(NavLeveragedTokenWithinBands)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "WithinBands", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenZeroQuantity represents a ZeroQuantity error raised by the NavLeveragedToken contract.
type NavLeveragedTokenZeroQuantity struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroQuantity()
func NavLeveragedTokenZeroQuantityErrorID() common.Hash {
	return common.HexToHash("0xf4f5b7331c9ddc4c5ff0105b1dc46ac269f0c3a61917370df41c0c5bc6715f5e")
}

// UnpackZeroQuantityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroQuantity()
func (navLeveragedToken *NavLeveragedToken) UnpackZeroQuantityError(raw []byte) (*NavLeveragedTokenZeroQuantity, error) {
	out := new(NavLeveragedTokenZeroQuantity)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "ZeroQuantity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavPriceFeedMetaData contains all meta data concerning the NavPriceFeed contract.
var NavPriceFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"heartbeat_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deviationBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deviationBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"age\",\"type\":\"uint256\"}],\"name\":\"NoUpdateDue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"}],\"name\":\"KeeperSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"PriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"heartbeat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deviationBps\",\"type\":\"uint256\"}],\"name\":\"RuleSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"deviationBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"deviationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"heartbeat\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keeper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"round\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"keeper_\",\"type\":\"address\"}],\"name\":\"setKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"heartbeat_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deviationBps_\",\"type\":\"uint256\"}],\"name\":\"setRule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updatedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "NavPriceFeed",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161060838038061060883398101604081905261002e916100eb565b825f0361004e57604051634dfba02360e01b815260040160405180910390fd5b5f8054336001600160a01b03199182168117909255600180549091169091179055600582905560068190556100828361008a565b50505061013b565b60028190554260035560048054600191905f906100a8908490610116565b9091555050600454604080518381524260208201527f15819dd2fd9f6418b142e798d08a18d0bf06ea368f4480b7b0d3f75bd966bc48910160405180910390a250565b5f5f5f606084860312156100fd575f5ffd5b5050815160208301516040909301519094929350919050565b8082018082111561013557634e487b7160e01b5f52601160045260245ffd5b92915050565b6104c0806101485f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c80637519ab501161006e5780637519ab50146101265780637712b2d81461012f57806382ab890a146101425780638da5cb5b14610155578063a035b1fe1461017f578063aced166114610188575f5ffd5b8063146ca531146100b557806322b28da9146100d15780633defb962146100e657806352bfe789146100ef57806372741e181461010a578063748747e614610113575b5f5ffd5b6100be60045481565b6040519081526020015b60405180910390f35b6100e46100df3660046103ed565b61019b565b005b6100be60055481565b600254600354604080519283526020830191909152016100c8565b6100be60065481565b6100e461012136600461040d565b61020c565b6100be60035481565b6100be61013d366004610433565b61028a565b6100e4610150366004610433565b6102d8565b5f54610167906001600160a01b031681565b6040516001600160a01b0390911681526020016100c8565b6100be60025481565b600154610167906001600160a01b031681565b5f546001600160a01b031633146101c5576040516330cd747160e01b815260040160405180910390fd5b6005829055600681905560408051838152602081018390527fedf5b73f718dbe150f58ebee249154fcd04be18dc8cb38c513d4e8f3432e3fc1910160405180910390a15050565b5f546001600160a01b03163314610236576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040519081527fdc3dba1d64dd67c0dc8b12621edd0c6ca4303a9073c3a8fcac38115e73d67b6b9060200160405180910390a150565b5f5f60025483116102a857826002546102a3919061045e565b6102b5565b6002546102b5908461045e565b6002549091506102c782612710610477565b6102d1919061048e565b9392505050565b6001546001600160a01b0316331461030357604051631ea2564f60e31b815260040160405180910390fd5b805f0361032357604051634dfba02360e01b815260040160405180910390fd5b5f60035442610332919061045e565b90505f61033e8361028a565b905060055482108015610352575060065481105b1561037e5760405163314ec99560e11b8152600481018290526024810183905260440160405180910390fd5b6103878361038c565b505050565b60028190554260035560048054600191905f906103aa9084906104ad565b9091555050600454604080518381524260208201527f15819dd2fd9f6418b142e798d08a18d0bf06ea368f4480b7b0d3f75bd966bc48910160405180910390a250565b5f5f604083850312156103fe575f5ffd5b50508035926020909101359150565b5f6020828403121561041d575f5ffd5b81356001600160a01b03811681146102d1575f5ffd5b5f60208284031215610443575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104715761047161044a565b92915050565b80820281158282048414176104715761047161044a565b5f826104a857634e487b7160e01b5f52601260045260245ffd5b500490565b808201808211156104715761047161044a56",
}

// NavPriceFeed is an auto generated Go binding around an Ethereum contract.
type NavPriceFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NavPriceFeed) GetABI() abi.ABI {
	return c.abi
}

// NewNavPriceFeed creates a new instance of NavPriceFeed.
func NewNavPriceFeed() *NavPriceFeed {
	parsed, err := NavPriceFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NavPriceFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NavPriceFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 price_, uint256 heartbeat_, uint256 deviationBps_) returns()
func (navPriceFeed *NavPriceFeed) PackConstructor(price_ *big.Int, heartbeat_ *big.Int, deviationBps_ *big.Int) []byte {
	enc, err := navPriceFeed.abi.Pack("", price_, heartbeat_, deviationBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDeviationBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72741e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviationBps() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackDeviationBps() []byte {
	enc, err := navPriceFeed.abi.Pack("deviationBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviationBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72741e18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviationBps() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackDeviationBps() ([]byte, error) {
	return navPriceFeed.abi.Pack("deviationBps")
}

// UnpackDeviationBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72741e18.
//
// Solidity: function deviationBps() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackDeviationBps(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("deviationBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeviationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7712b2d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviationOf(uint256 newPrice) view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackDeviationOf(newPrice *big.Int) []byte {
	enc, err := navPriceFeed.abi.Pack("deviationOf", newPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7712b2d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviationOf(uint256 newPrice) view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackDeviationOf(newPrice *big.Int) ([]byte, error) {
	return navPriceFeed.abi.Pack("deviationOf", newPrice)
}

// UnpackDeviationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7712b2d8.
//
// Solidity: function deviationOf(uint256 newPrice) view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackDeviationOf(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("deviationOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHeartbeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3defb962.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function heartbeat() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackHeartbeat() []byte {
	enc, err := navPriceFeed.abi.Pack("heartbeat")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeartbeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3defb962.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function heartbeat() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackHeartbeat() ([]byte, error) {
	return navPriceFeed.abi.Pack("heartbeat")
}

// UnpackHeartbeat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3defb962.
//
// Solidity: function heartbeat() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackHeartbeat(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("heartbeat", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keeper() view returns(address)
func (navPriceFeed *NavPriceFeed) PackKeeper() []byte {
	enc, err := navPriceFeed.abi.Pack("keeper")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keeper() view returns(address)
func (navPriceFeed *NavPriceFeed) TryPackKeeper() ([]byte, error) {
	return navPriceFeed.abi.Pack("keeper")
}

// UnpackKeeper is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaced1661.
//
// Solidity: function keeper() view returns(address)
func (navPriceFeed *NavPriceFeed) UnpackKeeper(data []byte) (common.Address, error) {
	out, err := navPriceFeed.abi.Unpack("keeper", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latest() view returns(uint256, uint256)
func (navPriceFeed *NavPriceFeed) PackLatest() []byte {
	enc, err := navPriceFeed.abi.Pack("latest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latest() view returns(uint256, uint256)
func (navPriceFeed *NavPriceFeed) TryPackLatest() ([]byte, error) {
	return navPriceFeed.abi.Pack("latest")
}

// LatestOutput serves as a container for the return parameters of contract
// method Latest.
type LatestOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackLatest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52bfe789.
//
// Solidity: function latest() view returns(uint256, uint256)
func (navPriceFeed *NavPriceFeed) UnpackLatest(data []byte) (LatestOutput, error) {
	out, err := navPriceFeed.abi.Unpack("latest", data)
	outstruct := new(LatestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (navPriceFeed *NavPriceFeed) PackOwner() []byte {
	enc, err := navPriceFeed.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (navPriceFeed *NavPriceFeed) TryPackOwner() ([]byte, error) {
	return navPriceFeed.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (navPriceFeed *NavPriceFeed) UnpackOwner(data []byte) (common.Address, error) {
	out, err := navPriceFeed.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackPrice() []byte {
	enc, err := navPriceFeed.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackPrice() ([]byte, error) {
	return navPriceFeed.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x146ca531.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function round() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackRound() []byte {
	enc, err := navPriceFeed.abi.Pack("round")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x146ca531.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function round() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackRound() ([]byte, error) {
	return navPriceFeed.abi.Pack("round")
}

// UnpackRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x146ca531.
//
// Solidity: function round() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackRound(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("round", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setKeeper(address keeper_) returns()
func (navPriceFeed *NavPriceFeed) PackSetKeeper(keeper common.Address) []byte {
	enc, err := navPriceFeed.abi.Pack("setKeeper", keeper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setKeeper(address keeper_) returns()
func (navPriceFeed *NavPriceFeed) TryPackSetKeeper(keeper common.Address) ([]byte, error) {
	return navPriceFeed.abi.Pack("setKeeper", keeper)
}

// PackSetRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22b28da9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRule(uint256 heartbeat_, uint256 deviationBps_) returns()
func (navPriceFeed *NavPriceFeed) PackSetRule(heartbeat *big.Int, deviationBps *big.Int) []byte {
	enc, err := navPriceFeed.abi.Pack("setRule", heartbeat, deviationBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22b28da9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRule(uint256 heartbeat_, uint256 deviationBps_) returns()
func (navPriceFeed *NavPriceFeed) TryPackSetRule(heartbeat *big.Int, deviationBps *big.Int) ([]byte, error) {
	return navPriceFeed.abi.Pack("setRule", heartbeat, deviationBps)
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ab890a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(uint256 newPrice) returns()
func (navPriceFeed *NavPriceFeed) PackUpdate(newPrice *big.Int) []byte {
	enc, err := navPriceFeed.abi.Pack("update", newPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ab890a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(uint256 newPrice) returns()
func (navPriceFeed *NavPriceFeed) TryPackUpdate(newPrice *big.Int) ([]byte, error) {
	return navPriceFeed.abi.Pack("update", newPrice)
}

// PackUpdatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7519ab50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatedAt() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackUpdatedAt() []byte {
	enc, err := navPriceFeed.abi.Pack("updatedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7519ab50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatedAt() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackUpdatedAt() ([]byte, error) {
	return navPriceFeed.abi.Pack("updatedAt")
}

// UnpackUpdatedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7519ab50.
//
// Solidity: function updatedAt() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackUpdatedAt(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("updatedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// NavPriceFeedKeeperSet represents a KeeperSet event raised by the NavPriceFeed contract.
type NavPriceFeedKeeperSet struct {
	Keeper common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const NavPriceFeedKeeperSetEventName = "KeeperSet"

// ContractEventName returns the user-defined event name.
func (NavPriceFeedKeeperSet) ContractEventName() string {
	return NavPriceFeedKeeperSetEventName
}

// UnpackKeeperSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeeperSet(address keeper)
func (navPriceFeed *NavPriceFeed) UnpackKeeperSetEvent(log *types.Log) (*NavPriceFeedKeeperSet, error) {
	event := "KeeperSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavPriceFeedKeeperSet)
	if len(log.Data) > 0 {
		if err := navPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navPriceFeed.abi.Events[event].Inputs {
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

// NavPriceFeedPriceUpdated represents a PriceUpdated event raised by the NavPriceFeed contract.
type NavPriceFeedPriceUpdated struct {
	Round     *big.Int
	Price     *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const NavPriceFeedPriceUpdatedEventName = "PriceUpdated"

// ContractEventName returns the user-defined event name.
func (NavPriceFeedPriceUpdated) ContractEventName() string {
	return NavPriceFeedPriceUpdatedEventName
}

// UnpackPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceUpdated(uint256 indexed round, uint256 price, uint256 updatedAt)
func (navPriceFeed *NavPriceFeed) UnpackPriceUpdatedEvent(log *types.Log) (*NavPriceFeedPriceUpdated, error) {
	event := "PriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavPriceFeedPriceUpdated)
	if len(log.Data) > 0 {
		if err := navPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navPriceFeed.abi.Events[event].Inputs {
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

// NavPriceFeedRuleSet represents a RuleSet event raised by the NavPriceFeed contract.
type NavPriceFeedRuleSet struct {
	Heartbeat    *big.Int
	DeviationBps *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const NavPriceFeedRuleSetEventName = "RuleSet"

// ContractEventName returns the user-defined event name.
func (NavPriceFeedRuleSet) ContractEventName() string {
	return NavPriceFeedRuleSetEventName
}

// UnpackRuleSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RuleSet(uint256 heartbeat, uint256 deviationBps)
func (navPriceFeed *NavPriceFeed) UnpackRuleSetEvent(log *types.Log) (*NavPriceFeedRuleSet, error) {
	event := "RuleSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavPriceFeedRuleSet)
	if len(log.Data) > 0 {
		if err := navPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navPriceFeed.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (navPriceFeed *NavPriceFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], navPriceFeed.abi.Errors["NoUpdateDue"].ID.Bytes()[:4]) {
		return navPriceFeed.UnpackNoUpdateDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], navPriceFeed.abi.Errors["NotKeeper"].ID.Bytes()[:4]) {
		return navPriceFeed.UnpackNotKeeperError(raw[4:])
	}
	if bytes.Equal(raw[:4], navPriceFeed.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return navPriceFeed.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], navPriceFeed.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return navPriceFeed.UnpackZeroPriceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NavPriceFeedNoUpdateDue represents a NoUpdateDue error raised by the NavPriceFeed contract.
type NavPriceFeedNoUpdateDue struct {
	DeviationBps *big.Int
	Age          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoUpdateDue(uint256 deviationBps, uint256 age)
func NavPriceFeedNoUpdateDueErrorID() common.Hash {
	return common.HexToHash("0x629d932a0b36a579bb16d1f6e928e6317a64475f19570d17d5d09d78e6a2b2c9")
}

// UnpackNoUpdateDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoUpdateDue(uint256 deviationBps, uint256 age)
func (navPriceFeed *NavPriceFeed) UnpackNoUpdateDueError(raw []byte) (*NavPriceFeedNoUpdateDue, error) {
	out := new(NavPriceFeedNoUpdateDue)
	if err := navPriceFeed.abi.UnpackIntoInterface(out, "NoUpdateDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavPriceFeedNotKeeper represents a NotKeeper error raised by the NavPriceFeed contract.
type NavPriceFeedNotKeeper struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotKeeper()
func NavPriceFeedNotKeeperErrorID() common.Hash {
	return common.HexToHash("0xf512b2786dc2fe013a79b1a8e10af3bcfb4da22238e025c15eb572b6194eb703")
}

// UnpackNotKeeperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotKeeper()
func (navPriceFeed *NavPriceFeed) UnpackNotKeeperError(raw []byte) (*NavPriceFeedNotKeeper, error) {
	out := new(NavPriceFeedNotKeeper)
	if err := navPriceFeed.abi.UnpackIntoInterface(out, "NotKeeper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavPriceFeedNotOwner represents a NotOwner error raised by the NavPriceFeed contract.
type NavPriceFeedNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func NavPriceFeedNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (navPriceFeed *NavPriceFeed) UnpackNotOwnerError(raw []byte) (*NavPriceFeedNotOwner, error) {
	out := new(NavPriceFeedNotOwner)
	if err := navPriceFeed.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavPriceFeedZeroPrice represents a ZeroPrice error raised by the NavPriceFeed contract.
type NavPriceFeedZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func NavPriceFeedZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (navPriceFeed *NavPriceFeed) UnpackZeroPriceError(raw []byte) (*NavPriceFeedZeroPrice, error) {
	out := new(NavPriceFeedZeroPrice)
	if err := navPriceFeed.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestChainlinkFeedMetaData contains all meta data concerning the TestChainlinkFeed contract.
var TestChainlinkFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"int256\",\"name\":\"answer_\",\"type\":\"int256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"int256\",\"name\":\"current\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"AnswerUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer_\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt_\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer_\",\"type\":\"int256\"}],\"name\":\"setAnswer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TestChainlinkFeed",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516106e73803806106e783398101604081905261002e916100f1565b3360805260ff831660a0525f6100448382610254565b5061004e81610056565b505050610343565b6001805481905f906100729083906001600160501b0316610312565b82546101009290920a6001600160501b038181021990931691831602179091556002839055426003819055600154604051918252909116915082907f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f9060200160405180910390a350565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f60608486031215610103575f5ffd5b835160ff81168114610113575f5ffd5b60208501519093506001600160401b0381111561012e575f5ffd5b8401601f8101861361013e575f5ffd5b80516001600160401b03811115610157576101576100dd565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610185576101856100dd565b60405281815282820160200188101561019c575f5ffd5b8160208401602083015e5f91810160200191909152604095909501519396949550929392505050565b600181811c908216806101d957607f821691505b6020821081036101f757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561024f578282111561024f57805f5260205f20601f840160051c602085101561022857505f5b90810190601f840160051c035f5b8181101561024b575f83820155600101610236565b5050505b505050565b81516001600160401b0381111561026d5761026d6100dd565b6102818161027b84546101c5565b846101fd565b6020601f8211600181146102b3575f831561029c5750848201515b5f19600385901b1c1916600184901b17845561030b565b5f84815260208120601f198516915b828110156102e257878501518255602094850194600190920191016102c2565b50848210156102ff57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6001600160501b03818116838216019081111561033d57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05161037e6103695f395f606901525f818160cd01526101ef015261037e5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063313ce5671461006457806350d25bcd146100a25780637284e416146100b35780638da5cb5b146100c857806399213cd814610107578063feaf968c1461011c575b5f5ffd5b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020015b60405180910390f35b600254604051908152602001610099565b6100bb610159565b60405161009991906102c6565b6100ef7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610099565b61011a6101153660046102fb565b6101e4565b005b6001546002546003546040805169ffffffffffffffffffff909416808552602085019390935283018190526060830152608082015260a001610099565b5f805461016590610312565b80601f016020809104026020016040519081016040528092919081815260200182805461019190610312565b80156101dc5780601f106101b3576101008083540402835291602001916101dc565b820191905f5260205f20905b8154815290600101906020018083116101bf57829003601f168201915b505050505081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461022d576040516330cd747160e01b815260040160405180910390fd5b61023681610239565b50565b6001805481905f9061025890839069ffffffffffffffffffff1661034a565b82546101009290920a69ffffffffffffffffffff8181021990931691831602179091556002839055426003819055600154604051918252909116915082907f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f9060200160405180910390a350565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f6020828403121561030b575f5ffd5b5035919050565b600181811c9082168061032657607f821691505b60208210810361034457634e487b7160e01b5f52602260045260245ffd5b50919050565b69ffffffffffffffffffff818116838216019081111561037857634e487b7160e01b5f52601160045260245ffd5b9291505056",
}

// TestChainlinkFeed is an auto generated Go binding around an Ethereum contract.
type TestChainlinkFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestChainlinkFeed) GetABI() abi.ABI {
	return c.abi
}

// NewTestChainlinkFeed creates a new instance of TestChainlinkFeed.
func NewTestChainlinkFeed() *TestChainlinkFeed {
	parsed, err := TestChainlinkFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestChainlinkFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestChainlinkFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 decimals_, string description_, int256 answer_) returns()
func (testChainlinkFeed *TestChainlinkFeed) PackConstructor(decimals_ uint8, description_ string, answer_ *big.Int) []byte {
	enc, err := testChainlinkFeed.abi.Pack("", decimals_, description_, answer_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (testChainlinkFeed *TestChainlinkFeed) PackDecimals() []byte {
	enc, err := testChainlinkFeed.abi.Pack("decimals")
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
func (testChainlinkFeed *TestChainlinkFeed) TryPackDecimals() ([]byte, error) {
	return testChainlinkFeed.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testChainlinkFeed *TestChainlinkFeed) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testChainlinkFeed.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (testChainlinkFeed *TestChainlinkFeed) PackDescription() []byte {
	enc, err := testChainlinkFeed.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (testChainlinkFeed *TestChainlinkFeed) TryPackDescription() ([]byte, error) {
	return testChainlinkFeed.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (testChainlinkFeed *TestChainlinkFeed) UnpackDescription(data []byte) (string, error) {
	out, err := testChainlinkFeed.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnswer() view returns(int256)
func (testChainlinkFeed *TestChainlinkFeed) PackLatestAnswer() []byte {
	enc, err := testChainlinkFeed.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256)
func (testChainlinkFeed *TestChainlinkFeed) TryPackLatestAnswer() ([]byte, error) {
	return testChainlinkFeed.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256)
func (testChainlinkFeed *TestChainlinkFeed) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := testChainlinkFeed.abi.Unpack("latestAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer_, uint256 startedAt, uint256 updatedAt_, uint80 answeredInRound)
func (testChainlinkFeed *TestChainlinkFeed) PackLatestRoundData() []byte {
	enc, err := testChainlinkFeed.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer_, uint256 startedAt, uint256 updatedAt_, uint80 answeredInRound)
func (testChainlinkFeed *TestChainlinkFeed) TryPackLatestRoundData() ([]byte, error) {
	return testChainlinkFeed.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer_, uint256 startedAt, uint256 updatedAt_, uint80 answeredInRound)
func (testChainlinkFeed *TestChainlinkFeed) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := testChainlinkFeed.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (testChainlinkFeed *TestChainlinkFeed) PackOwner() []byte {
	enc, err := testChainlinkFeed.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (testChainlinkFeed *TestChainlinkFeed) TryPackOwner() ([]byte, error) {
	return testChainlinkFeed.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (testChainlinkFeed *TestChainlinkFeed) UnpackOwner(data []byte) (common.Address, error) {
	out, err := testChainlinkFeed.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99213cd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAnswer(int256 answer_) returns()
func (testChainlinkFeed *TestChainlinkFeed) PackSetAnswer(answer *big.Int) []byte {
	enc, err := testChainlinkFeed.abi.Pack("setAnswer", answer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99213cd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAnswer(int256 answer_) returns()
func (testChainlinkFeed *TestChainlinkFeed) TryPackSetAnswer(answer *big.Int) ([]byte, error) {
	return testChainlinkFeed.abi.Pack("setAnswer", answer)
}

// TestChainlinkFeedAnswerUpdated represents a AnswerUpdated event raised by the TestChainlinkFeed contract.
type TestChainlinkFeedAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TestChainlinkFeedAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (TestChainlinkFeedAnswerUpdated) ContractEventName() string {
	return TestChainlinkFeedAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (testChainlinkFeed *TestChainlinkFeed) UnpackAnswerUpdatedEvent(log *types.Log) (*TestChainlinkFeedAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testChainlinkFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestChainlinkFeedAnswerUpdated)
	if len(log.Data) > 0 {
		if err := testChainlinkFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testChainlinkFeed.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testChainlinkFeed *TestChainlinkFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testChainlinkFeed.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return testChainlinkFeed.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestChainlinkFeedNotOwner represents a NotOwner error raised by the TestChainlinkFeed contract.
type TestChainlinkFeedNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func TestChainlinkFeedNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (testChainlinkFeed *TestChainlinkFeed) UnpackNotOwnerError(raw []byte) (*TestChainlinkFeedNotOwner, error) {
	out := new(TestChainlinkFeedNotOwner)
	if err := testChainlinkFeed.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// TestWETHMetaData contains all meta data concerning the TestWETH contract.
var TestWETHMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dst\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"src\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "TestWETH",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610ba8380380610ba883398101604081905261002e916100eb565b5f61003983826101df565b50600161004682826101df565b50505061029d565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610071575f5ffd5b81516001600160401b0381111561008a5761008a61004e565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100b8576100b861004e565b6040528181528382016020018510156100cf575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f604083850312156100fc575f5ffd5b82516001600160401b03811115610111575f5ffd5b61011d85828601610062565b602085015190935090506001600160401b0381111561013a575f5ffd5b61014685828601610062565b9150509250929050565b600181811c9082168061016457607f821691505b60208210810361018257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101da57828211156101da57805f5260205f20601f840160051c60208510156101b357505f5b90810190601f840160051c035f5b818110156101d6575f838201556001016101c1565b5050505b505050565b81516001600160401b038111156101f8576101f861004e565b61020c816102068454610150565b84610188565b6020601f82116001811461023e575f83156102275750848201515b5f19600385901b1c1916600184901b178455610296565b5f84815260208120601f198516915b8281101561026d578785015182556020948501946001909201910161024d565b508482101561028a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6108fe806102aa5f395ff3fe6080604052600436106100a8575f3560e01c806340c10f191161006257806340c10f191461019b57806370a08231146101ba57806395d89b41146101e5578063a9059cbb146101f9578063d0e30db014610218578063dd62ed3e14610220575f5ffd5b806306fdde03146100bb578063095ea7b3146100e557806318160ddd1461011457806323b872dd146101375780632e1a7d4d14610156578063313ce56714610175575f5ffd5b366100b7576100b5610256565b005b5f5ffd5b3480156100c6575f5ffd5b506100cf6102c6565b6040516100dc9190610772565b60405180910390f35b3480156100f0575f5ffd5b506101046100ff3660046107c2565b610351565b60405190151581526020016100dc565b34801561011f575f5ffd5b5061012960025481565b6040519081526020016100dc565b348015610142575f5ffd5b506101046101513660046107ea565b6103bd565b348015610161575f5ffd5b506100b5610170366004610824565b610477565b348015610180575f5ffd5b50610189601281565b60405160ff90911681526020016100dc565b3480156101a6575f5ffd5b506100b56101b53660046107c2565b6105c3565b3480156101c5575f5ffd5b506101296101d436600461083b565b60036020525f908152604090205481565b3480156101f0575f5ffd5b506100cf610649565b348015610204575f5ffd5b506101046102133660046107c2565b610656565b6100b5610256565b34801561022b575f5ffd5b5061012961023a36600461085b565b600460209081525f928352604080842090915290825290205481565b3460025f82825461026791906108a0565b9091555050335f908152600360205260408120805434929061028a9084906108a0565b909155505060405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a2565b5f80546102d2906108b3565b80601f01602080910402602001604051908101604052809291908181526020018280546102fe906108b3565b80156103495780601f1061032057610100808354040283529160200191610349565b820191905f5260205f20905b81548152906001019060200180831161032c57829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906103ab9086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f19811461046157828110156104335760405162461bcd60e51b815260206004820152601360248201527254657374574554483a20616c6c6f77616e636560681b60448201526064015b60405180910390fd5b61043d83826108eb565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b61046c85858561066b565b506001949350505050565b335f908152600360205260409020548111156104c95760405162461bcd60e51b815260206004820152601160248201527054657374574554483a2062616c616e636560781b604482015260640161042a565b335f90815260036020526040812080548392906104e79084906108eb565b925050819055508060025f8282546104ff91906108eb565b90915550506040515f90339083908381818185875af1925050503d805f8114610543576040519150601f19603f3d011682016040523d82523d5f602084013e610548565b606091505b505090508061058a5760405162461bcd60e51b815260206004820152600e60248201526d15195cdd15d155120e881cd95b9960921b604482015260640161042a565b60405182815233907f7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b659060200160405180910390a25050565b8060025f8282546105d491906108a0565b90915550506001600160a01b0382165f90815260036020526040812080548392906106009084906108a0565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b600180546102d2906108b3565b5f61066233848461066b565b50600192915050565b6001600160a01b0383165f908152600360205260409020548111156106c65760405162461bcd60e51b815260206004820152601160248201527054657374574554483a2062616c616e636560781b604482015260640161042a565b6001600160a01b0383165f90815260036020526040812080548392906106ed9084906108eb565b90915550506001600160a01b0382165f90815260036020526040812080548392906107199084906108a0565b92505081905550816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161076591815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107bd575f5ffd5b919050565b5f5f604083850312156107d3575f5ffd5b6107dc836107a7565b946020939093013593505050565b5f5f5f606084860312156107fc575f5ffd5b610805846107a7565b9250610813602085016107a7565b929592945050506040919091013590565b5f60208284031215610834575f5ffd5b5035919050565b5f6020828403121561084b575f5ffd5b610854826107a7565b9392505050565b5f5f6040838503121561086c575f5ffd5b610875836107a7565b9150610883602084016107a7565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103b7576103b761088c565b600181811c908216806108c757607f821691505b6020821081036108e557634e487b7160e01b5f52602260045260245ffd5b50919050565b818103818111156103b7576103b761088c56",
}

// TestWETH is an auto generated Go binding around an Ethereum contract.
type TestWETH struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestWETH) GetABI() abi.ABI {
	return c.abi
}

// NewTestWETH creates a new instance of TestWETH.
func NewTestWETH() *TestWETH {
	parsed, err := TestWETHMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestWETH{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestWETH) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_) returns()
func (testWETH *TestWETH) PackConstructor(name_ string, symbol_ string) []byte {
	enc, err := testWETH.abi.Pack("", name_, symbol_)
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
func (testWETH *TestWETH) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := testWETH.abi.Pack("allowance", arg0, arg1)
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
func (testWETH *TestWETH) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return testWETH.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (testWETH *TestWETH) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testWETH.abi.Unpack("allowance", data)
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
func (testWETH *TestWETH) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := testWETH.abi.Pack("approve", spender, amount)
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
func (testWETH *TestWETH) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return testWETH.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (testWETH *TestWETH) UnpackApprove(data []byte) (bool, error) {
	out, err := testWETH.abi.Unpack("approve", data)
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
func (testWETH *TestWETH) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := testWETH.abi.Pack("balanceOf", arg0)
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
func (testWETH *TestWETH) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return testWETH.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (testWETH *TestWETH) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testWETH.abi.Unpack("balanceOf", data)
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
func (testWETH *TestWETH) PackDecimals() []byte {
	enc, err := testWETH.abi.Pack("decimals")
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
func (testWETH *TestWETH) TryPackDecimals() ([]byte, error) {
	return testWETH.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testWETH *TestWETH) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testWETH.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (testWETH *TestWETH) PackDeposit() []byte {
	enc, err := testWETH.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (testWETH *TestWETH) TryPackDeposit() ([]byte, error) {
	return testWETH.abi.Pack("deposit")
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testWETH *TestWETH) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testWETH.abi.Pack("mint", to, amount)
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
func (testWETH *TestWETH) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testWETH.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testWETH *TestWETH) PackName() []byte {
	enc, err := testWETH.abi.Pack("name")
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
func (testWETH *TestWETH) TryPackName() ([]byte, error) {
	return testWETH.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testWETH *TestWETH) UnpackName(data []byte) (string, error) {
	out, err := testWETH.abi.Unpack("name", data)
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
func (testWETH *TestWETH) PackSymbol() []byte {
	enc, err := testWETH.abi.Pack("symbol")
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
func (testWETH *TestWETH) TryPackSymbol() ([]byte, error) {
	return testWETH.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testWETH *TestWETH) UnpackSymbol(data []byte) (string, error) {
	out, err := testWETH.abi.Unpack("symbol", data)
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
func (testWETH *TestWETH) PackTotalSupply() []byte {
	enc, err := testWETH.abi.Pack("totalSupply")
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
func (testWETH *TestWETH) TryPackTotalSupply() ([]byte, error) {
	return testWETH.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testWETH *TestWETH) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testWETH.abi.Unpack("totalSupply", data)
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
func (testWETH *TestWETH) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := testWETH.abi.Pack("transfer", to, amount)
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
func (testWETH *TestWETH) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return testWETH.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (testWETH *TestWETH) UnpackTransfer(data []byte) (bool, error) {
	out, err := testWETH.abi.Unpack("transfer", data)
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
func (testWETH *TestWETH) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := testWETH.abi.Pack("transferFrom", from, to, amount)
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
func (testWETH *TestWETH) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return testWETH.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (testWETH *TestWETH) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testWETH.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 wad) returns()
func (testWETH *TestWETH) PackWithdraw(wad *big.Int) []byte {
	enc, err := testWETH.abi.Pack("withdraw", wad)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 wad) returns()
func (testWETH *TestWETH) TryPackWithdraw(wad *big.Int) ([]byte, error) {
	return testWETH.abi.Pack("withdraw", wad)
}

// TestWETHApproval represents a Approval event raised by the TestWETH contract.
type TestWETHApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestWETHApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestWETHApproval) ContractEventName() string {
	return TestWETHApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testWETH *TestWETH) UnpackApprovalEvent(log *types.Log) (*TestWETHApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testWETH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestWETHApproval)
	if len(log.Data) > 0 {
		if err := testWETH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testWETH.abi.Events[event].Inputs {
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

// TestWETHDeposit represents a Deposit event raised by the TestWETH contract.
type TestWETHDeposit struct {
	Dst common.Address
	Wad *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const TestWETHDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (TestWETHDeposit) ContractEventName() string {
	return TestWETHDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed dst, uint256 wad)
func (testWETH *TestWETH) UnpackDepositEvent(log *types.Log) (*TestWETHDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testWETH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestWETHDeposit)
	if len(log.Data) > 0 {
		if err := testWETH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testWETH.abi.Events[event].Inputs {
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

// TestWETHTransfer represents a Transfer event raised by the TestWETH contract.
type TestWETHTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestWETHTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestWETHTransfer) ContractEventName() string {
	return TestWETHTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testWETH *TestWETH) UnpackTransferEvent(log *types.Log) (*TestWETHTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testWETH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestWETHTransfer)
	if len(log.Data) > 0 {
		if err := testWETH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testWETH.abi.Events[event].Inputs {
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

// TestWETHWithdrawal represents a Withdrawal event raised by the TestWETH contract.
type TestWETHWithdrawal struct {
	Src common.Address
	Wad *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const TestWETHWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (TestWETHWithdrawal) ContractEventName() string {
	return TestWETHWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed src, uint256 wad)
func (testWETH *TestWETH) UnpackWithdrawalEvent(log *types.Log) (*TestWETHWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testWETH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestWETHWithdrawal)
	if len(log.Data) > 0 {
		if err := testWETH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testWETH.abi.Events[event].Inputs {
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

// TorosExecIssuerMetaData contains all meta data concerning the TorosExecIssuer contract.
var TorosExecIssuerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"quoteToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pair_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slippageToleranceBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MintLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"Slippage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"TokenCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnexpectedAsset\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralRemoved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtRepaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"collateralToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pair\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quoteToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minQuoteOut\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slippageToleranceBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TorosExecIssuer",
	Bin: "0x610120604052348015610010575f5ffd5b50604051611be1380380611be183398101604081905261002f91610073565b6001600160a01b0394851660805292841660a05290831660c05290911660e052610100526100cd565b80516001600160a01b038116811461006e575f5ffd5b919050565b5f5f5f5f5f60a08688031215610087575f5ffd5b61009086610058565b945061009e60208701610058565b93506100ac60408701610058565b92506100ba60608701610058565b9150608086015190509295509295909350565b60805160a05160c05160e05161010051611a2a6101b75f395f818160ca015261041101525f818161017f01528181610f6901528181610ff90152818161108d015281816113c6015261147501525f81816101a60152818161075d01528181610f2801528181610f9b01528181611233015281816112d6015261144b01525f8181610130015281816106f70152818161086401528181610c500152610ce601525f818160f1015281816101f00152818161021801528181610517015281816105800152818161092c01528181610a3001528181610a9b01528181610c1901526110fd0152611a2a5ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c8063a8aa1b3111610063578063a8aa1b311461017a578063b2016bd4146101a1578063b3d7f6b9146101c8578063e7d3fe6b146101db578063fc0c546a146101ee575f5ffd5b8063049104e51461009f578063070cc3f0146100c557806316f0115b146100ec578063217a4b701461012b5780634cdad50614610152575b5f5ffd5b6100b26100ad366004611555565b610214565b6040519081526020015b60405180910390f35b6100b27f000000000000000000000000000000000000000000000000000000000000000081565b6101137f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100bc565b6101137f000000000000000000000000000000000000000000000000000000000000000081565b61016561016036600461158b565b610927565b604080519283526020830191909152016100bc565b6101137f000000000000000000000000000000000000000000000000000000000000000081565b6101137f000000000000000000000000000000000000000000000000000000000000000081565b6101656101d636600461158b565b610dc9565b6100b26101e9366004611555565b610de4565b7f0000000000000000000000000000000000000000000000000000000000000000610113565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631e50a4a66040518163ffffffff1660e01b8152600401602060405180830381865afa158015610272573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061029691906115a2565b6001600160a01b031663e5406dbf6040518163ffffffff1660e01b81526004015f60405180830381865afa1580156102d0573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526102f79190810190611646565b90505f815167ffffffffffffffff811115610314576103146115c4565b60405190808252806020026020018201604052801561037057816020015b61035d60405180606001604052805f6001600160a01b03168152602001606081526020015f81525090565b8152602001906001900390816103325790505b5090505f825167ffffffffffffffff81111561038e5761038e6115c4565b6040519080825280602002602001820160405280156103b7578160200160208202803683370190505b5090505f5b83518110156104fa5760405180606001604052808583815181106103e2576103e261171f565b60200260200101515f01516001600160a01b0316815260200160405180602001604052805f81525081526020017f00000000000000000000000000000000000000000000000000000000000000008152508382815181106104455761044561171f565b60200260200101819052508381815181106104625761046261171f565b6020908102919091010151516040516370a0823160e01b81523060048201526001600160a01b03909116906370a0823190602401602060405180830381865afa1580156104b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104d59190611733565b8282815181106104e7576104e761171f565b60209081029190910101526001016103bc565b5060405133602482015230604482015260648101889052610569907f00000000000000000000000000000000000000000000000000000000000000009060840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052610dfe565b604051630acc7f2560e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630acc7f25906105b7908a90869060040161174a565b5f604051808303815f87803b1580156105ce575f5ffd5b505af11580156105e0573d5f5f3e3d5ffd5b505f925050505b83518110156106be578181815181106106025761060261171f565b602002602001015184828151811061061c5761061c61171f565b6020908102919091010151516040516370a0823160e01b81523060048201526001600160a01b03909116906370a0823190602401602060405180830381865afa15801561066b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061068f9190611733565b610699919061180f565b8282815181106106ab576106ab61171f565b60209081029190910101526001016105e7565b505f805b8451811015610819575f8382815181106106de576106de61171f565b60200260200101519050805f036106f55750610811565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168683815181106107315761073161171f565b60200260200101515f01516001600160a01b03160361075b576107548188611822565b965061080f565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168683815181106107975761079761171f565b60200260200101515f01516001600160a01b0316036107c7578092506107bd8189610eb3565b6107549088611822565b8582815181106107d9576107d961171f565b60209081029190910101515160405163392e11a960e11b81526001600160a01b0390911660048201526024015b60405180910390fd5b505b6001016106c2565b5086851015610845576040516313a30a9560e11b81526004810186905260248101889052604401610806565b6040516001600160a01b0387166024820152604481018690526108b7907f0000000000000000000000000000000000000000000000000000000000000000906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052610dfe565b6001600160a01b038616337f347ee37487f7d4fe0b4d3777823c6a71c110e3df43f4f3d35356cf6909e9abdb8a845f8a6108f184826110f8565b604080519586526020860194909452928401919091526060830152608082015260a00160405180910390a3505050509392505050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631e50a4a66040518163ffffffff1660e01b8152600401602060405180830381865afa158015610986573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109aa91906115a2565b90505f816001600160a01b031663ad60ffcc6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156109e9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a0d9190611733565b6040516394138e9760e01b8152600481018290529091505f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906394138e9790602401602060405180830381865afa158015610a75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a999190611733565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610af5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b199190611733565b610b239190611822565b9050805f03610b3957505f958695509350505050565b5f5f846001600160a01b031663f5b860866040518163ffffffff1660e01b8152600401606060405180830381865afa158015610b77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b9b9190611835565b92505091505f81838a610bae9190611860565b610bb89190611877565b90505f84610bc6838c61180f565b610bd890670de0b6b3a7640000611860565b610be29190611877565b90505f670de0b6b3a7640000610bf88884611860565b610c029190611877565b6040516370a0823160e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152919250670de0b6b3a76400009184917f0000000000000000000000000000000000000000000000000000000000000000909116906370a0823190602401602060405180830381865afa158015610c97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cbb9190611733565b610cc59190611860565b610ccf9190611877565b6040516314e03fdd60e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015260248201839052919b505f918a16906329c07fba90604401602060405180830381865afa158015610d3f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d639190611733565b905080821115610d8d57610d8089610d7b838561180f565b61122f565b610d8a908c611822565b9a505b838c14610db757610d9e848d61180f565b610da8858d611860565b610db29190611877565b610db9565b5f5b9950505050505050505050915091565b5f5f6040516305538d3760e51b815260040160405180910390fd5b5f6040516305538d3760e51b815260040160405180910390fd5b5f5f836001600160a01b031683604051610e189190611896565b5f604051808303815f865af19150503d805f8114610e51576040519150601f19603f3d011682016040523d82523d5f602084013e610e56565b606091505b5091509150811580610e8457505f8151118015610e84575080806020019051810190610e8291906118ac565b155b15610ead5760405163f1cd3c3f60e01b81526001600160a01b0385166004820152602401610806565b50505050565b5f5f5f5f610ebf6113bf565b919450925090505f610ed3876103e5611860565b905080610ee2856103e8611860565b610eec9190611822565b610ef68483611860565b610f009190611877565b9450845f03610f5c576040516001600160a01b038716602482015260448101889052610f50907f000000000000000000000000000000000000000000000000000000000000000090606401610888565b5f9450505050506110f2565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016602482015260448101889052610fc3907f000000000000000000000000000000000000000000000000000000000000000090606401610888565b811561105d5760405163022c0d9f60e01b81525f60048201819052602482018790523060448301526080606483015260848201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063022c0d9f9060a4015f604051808303815f87803b158015611042575f5ffd5b505af1158015611054573d5f5f3e3d5ffd5b505050506110ed565b60405163022c0d9f60e01b8152600481018690525f602482018190523060448301526080606483015260848201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063022c0d9f9060a4015f604051808303815f87803b1580156110d6575f5ffd5b505af11580156110e8573d5f5f3e3d5ffd5b505050505b505050505b92915050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631e50a4a66040518163ffffffff1660e01b8152600401602060405180830381865afa158015611157573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061117b91906115a2565b6001600160a01b031663f5b860866040518163ffffffff1660e01b8152600401606060405180830381865afa1580156111b6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111da9190611835565b92505091505f8183876111ed9190611860565b6111f79190611877565b90508086146112235761120a818761180f565b6112148287611860565b61121e9190611877565b611225565b5f5b9695505050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa15801561128d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112b191906118c5565b6112bf9060ff16600a6119c8565b6040516314e03fdd60e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390529192505f918616906329c07fba90604401602060405180830381865afa15801561132f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113539190611733565b61135d8386611860565b6113679190611877565b90505f5f6113736113bf565b5090925090505f611386846103e5611860565b905080611395846103e8611860565b61139f9190611822565b6113a98383611860565b6113b39190611877565b98975050505050505050565b5f5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa158015611420573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061144491906119e9565b50915091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156114cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114f391906115a2565b6001600160a01b03161492508261151d57806001600160701b0316826001600160701b0316611532565b816001600160701b0316816001600160701b03165b90969095509293505050565b6001600160a01b0381168114611552575f5ffd5b50565b5f5f5f60608486031215611567575f5ffd5b833592506020840135915060408401356115808161153e565b809150509250925092565b5f6020828403121561159b575f5ffd5b5035919050565b5f602082840312156115b2575f5ffd5b81516115bd8161153e565b9392505050565b634e487b7160e01b5f52604160045260245ffd5b6040805190810167ffffffffffffffff811182821017156115fb576115fb6115c4565b60405290565b604051601f8201601f1916810167ffffffffffffffff8111828210171561162a5761162a6115c4565b604052919050565b80518015158114611641575f5ffd5b919050565b5f60208284031215611656575f5ffd5b815167ffffffffffffffff81111561166c575f5ffd5b8201601f8101841361167c575f5ffd5b805167ffffffffffffffff811115611696576116966115c4565b6116a560208260051b01611601565b8082825260208201915060208360061b8501019250868311156116c6575f5ffd5b6020840193505b8284101561122557604084880312156116e4575f5ffd5b6116ec6115d8565b84516116f78161153e565b815261170560208601611632565b6020820152808352506020820191506040840193506116cd565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611743575f5ffd5b5051919050565b5f604082018483526040602084015280845180835260608501915060608160051b8601019250602086015f5b828110156117ee57605f19878603018452815160018060a01b0381511686526020810151606060208801528051806060890152806020830160808a015e5f6080828a010152604083015160408901526080601f19601f8301168901019750505050602082019150602084019350600181019050611776565b5092979650505050505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156110f2576110f26117fb565b808201808211156110f2576110f26117fb565b5f5f5f60608486031215611847575f5ffd5b5050815160208301516040909301519094929350919050565b80820281158282048414176110f2576110f26117fb565b5f8261189157634e487b7160e01b5f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f602082840312156118bc575f5ffd5b6115bd82611632565b5f602082840312156118d5575f5ffd5b815160ff811681146115bd575f5ffd5b6001815b600184111561192057808504811115611904576119046117fb565b600184161561191257908102905b60019390931c9280026118e9565b935093915050565b5f82611936575060016110f2565b8161194257505f6110f2565b816001811461195857600281146119625761197e565b60019150506110f2565b60ff841115611973576119736117fb565b50506001821b6110f2565b5060208310610133831016604e8410600b84101617156119a1575081810a6110f2565b6119ad5f1984846118e5565b805f19048211156119c0576119c06117fb565b029392505050565b5f6115bd8383611928565b80516001600160701b0381168114611641575f5ffd5b5f5f5f606084860312156119fb575f5ffd5b611a04846119d3565b9250611a12602085016119d3565b9150604084015163ffffffff81168114611580575f5ffd",
}

// TorosExecIssuer is an auto generated Go binding around an Ethereum contract.
type TorosExecIssuer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TorosExecIssuer) GetABI() abi.ABI {
	return c.abi
}

// NewTorosExecIssuer creates a new instance of TorosExecIssuer.
func NewTorosExecIssuer() *TorosExecIssuer {
	parsed, err := TorosExecIssuerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TorosExecIssuer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TorosExecIssuer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool_, address quoteToken_, address collateralToken_, address pair_, uint256 slippageToleranceBps_) returns()
func (torosExecIssuer *TorosExecIssuer) PackConstructor(pool_ common.Address, quoteToken_ common.Address, collateralToken_ common.Address, pair_ common.Address, slippageToleranceBps_ *big.Int) []byte {
	enc, err := torosExecIssuer.abi.Pack("", pool_, quoteToken_, collateralToken_, pair_, slippageToleranceBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralToken() view returns(address)
func (torosExecIssuer *TorosExecIssuer) PackCollateralToken() []byte {
	enc, err := torosExecIssuer.abi.Pack("collateralToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralToken() view returns(address)
func (torosExecIssuer *TorosExecIssuer) TryPackCollateralToken() ([]byte, error) {
	return torosExecIssuer.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (torosExecIssuer *TorosExecIssuer) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := torosExecIssuer.abi.Unpack("collateralToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d3fe6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 , uint256 , address ) pure returns(uint256)
func (torosExecIssuer *TorosExecIssuer) PackMint(arg0 *big.Int, arg1 *big.Int, arg2 common.Address) []byte {
	enc, err := torosExecIssuer.abi.Pack("mint", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d3fe6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 , uint256 , address ) pure returns(uint256)
func (torosExecIssuer *TorosExecIssuer) TryPackMint(arg0 *big.Int, arg1 *big.Int, arg2 common.Address) ([]byte, error) {
	return torosExecIssuer.abi.Pack("mint", arg0, arg1, arg2)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7d3fe6b.
//
// Solidity: function mint(uint256 , uint256 , address ) pure returns(uint256)
func (torosExecIssuer *TorosExecIssuer) UnpackMint(data []byte) (*big.Int, error) {
	out, err := torosExecIssuer.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8aa1b31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pair() view returns(address)
func (torosExecIssuer *TorosExecIssuer) PackPair() []byte {
	enc, err := torosExecIssuer.abi.Pack("pair")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8aa1b31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pair() view returns(address)
func (torosExecIssuer *TorosExecIssuer) TryPackPair() ([]byte, error) {
	return torosExecIssuer.abi.Pack("pair")
}

// UnpackPair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8aa1b31.
//
// Solidity: function pair() view returns(address)
func (torosExecIssuer *TorosExecIssuer) UnpackPair(data []byte) (common.Address, error) {
	out, err := torosExecIssuer.abi.Unpack("pair", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(address)
func (torosExecIssuer *TorosExecIssuer) PackPool() []byte {
	enc, err := torosExecIssuer.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(address)
func (torosExecIssuer *TorosExecIssuer) TryPackPool() ([]byte, error) {
	return torosExecIssuer.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (torosExecIssuer *TorosExecIssuer) UnpackPool(data []byte) (common.Address, error) {
	out, err := torosExecIssuer.abi.Unpack("pool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 ) pure returns(uint256, uint256)
func (torosExecIssuer *TorosExecIssuer) PackPreviewMint(arg0 *big.Int) []byte {
	enc, err := torosExecIssuer.abi.Pack("previewMint", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 ) pure returns(uint256, uint256)
func (torosExecIssuer *TorosExecIssuer) TryPackPreviewMint(arg0 *big.Int) ([]byte, error) {
	return torosExecIssuer.abi.Pack("previewMint", arg0)
}

// TorosExecIssuerPreviewMintOutput serves as a container for the return parameters of contract
// method PreviewMint.
type TorosExecIssuerPreviewMintOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 ) pure returns(uint256, uint256)
func (torosExecIssuer *TorosExecIssuer) UnpackPreviewMint(data []byte) (TorosExecIssuerPreviewMintOutput, error) {
	out, err := torosExecIssuer.abi.Unpack("previewMint", data)
	outstruct := new(TorosExecIssuerPreviewMintOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (torosExecIssuer *TorosExecIssuer) PackPreviewRedeem(quantity *big.Int) []byte {
	enc, err := torosExecIssuer.abi.Pack("previewRedeem", quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (torosExecIssuer *TorosExecIssuer) TryPackPreviewRedeem(quantity *big.Int) ([]byte, error) {
	return torosExecIssuer.abi.Pack("previewRedeem", quantity)
}

// TorosExecIssuerPreviewRedeemOutput serves as a container for the return parameters of contract
// method PreviewRedeem.
type TorosExecIssuerPreviewRedeemOutput struct {
	QuoteOut *big.Int
	Fee      *big.Int
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (torosExecIssuer *TorosExecIssuer) UnpackPreviewRedeem(data []byte) (TorosExecIssuerPreviewRedeemOutput, error) {
	out, err := torosExecIssuer.abi.Unpack("previewRedeem", data)
	outstruct := new(TorosExecIssuerPreviewRedeemOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.QuoteOut = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackQuoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217a4b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteToken() view returns(address)
func (torosExecIssuer *TorosExecIssuer) PackQuoteToken() []byte {
	enc, err := torosExecIssuer.abi.Pack("quoteToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217a4b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteToken() view returns(address)
func (torosExecIssuer *TorosExecIssuer) TryPackQuoteToken() ([]byte, error) {
	return torosExecIssuer.abi.Pack("quoteToken")
}

// UnpackQuoteToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x217a4b70.
//
// Solidity: function quoteToken() view returns(address)
func (torosExecIssuer *TorosExecIssuer) UnpackQuoteToken(data []byte) (common.Address, error) {
	out, err := torosExecIssuer.abi.Unpack("quoteToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049104e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (torosExecIssuer *TorosExecIssuer) PackRedeem(quantity *big.Int, minQuoteOut *big.Int, to common.Address) []byte {
	enc, err := torosExecIssuer.abi.Pack("redeem", quantity, minQuoteOut, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049104e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (torosExecIssuer *TorosExecIssuer) TryPackRedeem(quantity *big.Int, minQuoteOut *big.Int, to common.Address) ([]byte, error) {
	return torosExecIssuer.abi.Pack("redeem", quantity, minQuoteOut, to)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x049104e5.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (torosExecIssuer *TorosExecIssuer) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := torosExecIssuer.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlippageToleranceBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x070cc3f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slippageToleranceBps() view returns(uint256)
func (torosExecIssuer *TorosExecIssuer) PackSlippageToleranceBps() []byte {
	enc, err := torosExecIssuer.abi.Pack("slippageToleranceBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlippageToleranceBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x070cc3f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slippageToleranceBps() view returns(uint256)
func (torosExecIssuer *TorosExecIssuer) TryPackSlippageToleranceBps() ([]byte, error) {
	return torosExecIssuer.abi.Pack("slippageToleranceBps")
}

// UnpackSlippageToleranceBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x070cc3f0.
//
// Solidity: function slippageToleranceBps() view returns(uint256)
func (torosExecIssuer *TorosExecIssuer) UnpackSlippageToleranceBps(data []byte) (*big.Int, error) {
	out, err := torosExecIssuer.abi.Unpack("slippageToleranceBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (torosExecIssuer *TorosExecIssuer) PackToken() []byte {
	enc, err := torosExecIssuer.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (torosExecIssuer *TorosExecIssuer) TryPackToken() ([]byte, error) {
	return torosExecIssuer.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (torosExecIssuer *TorosExecIssuer) UnpackToken(data []byte) (common.Address, error) {
	out, err := torosExecIssuer.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TorosExecIssuerRedeemed represents a Redeemed event raised by the TorosExecIssuer contract.
type TorosExecIssuerRedeemed struct {
	Holder            common.Address
	To                common.Address
	Quantity          *big.Int
	CollateralRemoved *big.Int
	DebtRepaid        *big.Int
	QuoteOut          *big.Int
	Fee               *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const TorosExecIssuerRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (TorosExecIssuerRedeemed) ContractEventName() string {
	return TorosExecIssuerRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed holder, address indexed to, uint256 quantity, uint256 collateralRemoved, uint256 debtRepaid, uint256 quoteOut, uint256 fee)
func (torosExecIssuer *TorosExecIssuer) UnpackRedeemedEvent(log *types.Log) (*TorosExecIssuerRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != torosExecIssuer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TorosExecIssuerRedeemed)
	if len(log.Data) > 0 {
		if err := torosExecIssuer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range torosExecIssuer.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (torosExecIssuer *TorosExecIssuer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], torosExecIssuer.abi.Errors["MintLocked"].ID.Bytes()[:4]) {
		return torosExecIssuer.UnpackMintLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], torosExecIssuer.abi.Errors["Slippage"].ID.Bytes()[:4]) {
		return torosExecIssuer.UnpackSlippageError(raw[4:])
	}
	if bytes.Equal(raw[:4], torosExecIssuer.abi.Errors["TokenCall"].ID.Bytes()[:4]) {
		return torosExecIssuer.UnpackTokenCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], torosExecIssuer.abi.Errors["UnexpectedAsset"].ID.Bytes()[:4]) {
		return torosExecIssuer.UnpackUnexpectedAssetError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TorosExecIssuerMintLocked represents a MintLocked error raised by the TorosExecIssuer contract.
type TorosExecIssuerMintLocked struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MintLocked()
func TorosExecIssuerMintLockedErrorID() common.Hash {
	return common.HexToHash("0xaa71a6e005bc4e0ea53d6184338a28d3f4737f18bed30c92d93a239ad5a71747")
}

// UnpackMintLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MintLocked()
func (torosExecIssuer *TorosExecIssuer) UnpackMintLockedError(raw []byte) (*TorosExecIssuerMintLocked, error) {
	out := new(TorosExecIssuerMintLocked)
	if err := torosExecIssuer.abi.UnpackIntoInterface(out, "MintLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TorosExecIssuerSlippage represents a Slippage error raised by the TorosExecIssuer contract.
type TorosExecIssuerSlippage struct {
	Amount *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slippage(uint256 amount, uint256 limit)
func TorosExecIssuerSlippageErrorID() common.Hash {
	return common.HexToHash("0x2746152a4b5a8cbfa74a83d42c54b637196958aade7f0d4cb312a6b5919d94f8")
}

// UnpackSlippageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slippage(uint256 amount, uint256 limit)
func (torosExecIssuer *TorosExecIssuer) UnpackSlippageError(raw []byte) (*TorosExecIssuerSlippage, error) {
	out := new(TorosExecIssuerSlippage)
	if err := torosExecIssuer.abi.UnpackIntoInterface(out, "Slippage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TorosExecIssuerTokenCall represents a TokenCall error raised by the TorosExecIssuer contract.
type TorosExecIssuerTokenCall struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenCall(address target)
func TorosExecIssuerTokenCallErrorID() common.Hash {
	return common.HexToHash("0xf1cd3c3fb184ff5cd303e30d1505c506a8e54e47e3ed9f91f63ed33f9de2795d")
}

// UnpackTokenCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenCall(address target)
func (torosExecIssuer *TorosExecIssuer) UnpackTokenCallError(raw []byte) (*TorosExecIssuerTokenCall, error) {
	out := new(TorosExecIssuerTokenCall)
	if err := torosExecIssuer.abi.UnpackIntoInterface(out, "TokenCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TorosExecIssuerUnexpectedAsset represents a UnexpectedAsset error raised by the TorosExecIssuer contract.
type TorosExecIssuerUnexpectedAsset struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedAsset(address asset)
func TorosExecIssuerUnexpectedAssetErrorID() common.Hash {
	return common.HexToHash("0x725c2352739f8730d267a486c4b159652eb11fd05b2a9645d8dacc5531341454")
}

// UnpackUnexpectedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedAsset(address asset)
func (torosExecIssuer *TorosExecIssuer) UnpackUnexpectedAssetError(raw []byte) (*TorosExecIssuerUnexpectedAsset, error) {
	out := new(TorosExecIssuerUnexpectedAsset)
	if err := torosExecIssuer.abi.UnpackIntoInterface(out, "UnexpectedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TorosExecTypesMetaData contains all meta data concerning the TorosExecTypes contract.
var TorosExecTypesMetaData = bind.MetaData{
	ABI: "[]",
	ID:  "TorosExecTypes",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// TorosExecTypes is an auto generated Go binding around an Ethereum contract.
type TorosExecTypes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TorosExecTypes) GetABI() abi.ABI {
	return c.abi
}

// NewTorosExecTypes creates a new instance of TorosExecTypes.
func NewTorosExecTypes() *TorosExecTypes {
	parsed, err := TorosExecTypesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TorosExecTypes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TorosExecTypes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// TorosPoolFactoryMetaData contains all meta data concerning the TorosPoolFactory contract.
var TorosPoolFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exitCooldown_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"OnlyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"addPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daoAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getExitCooldown\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isPool\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pausedPools\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"receiverWhitelist\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cooldown\",\"type\":\"uint256\"}],\"name\":\"setExitCooldown\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"setPaused\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"setPoolPaused\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setReceiverWhitelist\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TorosPoolFactory",
	Bin: "0x6080604052348015600e575f5ffd5b50604051610480380380610480833981016040819052602b916053565b5f8054336001600160a01b031991821681179092556001805490911690911790556002556069565b5f602082840312156062575f5ffd5b5051919050565b61040a806100765f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063aa7d664e1161006e578063aa7d664e14610162578063b187bd2614610175578063b900de1114610189578063cdf04c071461019c578063d914cd4b146101be578063e0cb5996146101d1575f5ffd5b80630c47223f146100b557806316c38b3c146100ca5780632131c68c146100dd5780634501b0881461010d5780635b16ebb71461011e5780638da5cb5b14610150575b5f5ffd5b6100c86100c3366004610389565b6101f3565b005b6100c86100d83660046103ba565b610247565b6001546100f0906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b600254604051908152602001610104565b61014061012c3660046103da565b60036020525f908152604090205460ff1681565b6040519015158152602001610104565b5f546100f0906001600160a01b031681565b6100c86101703660046103f3565b61028f565b60015461014090600160a01b900460ff1681565b6100c8610197366004610389565b6102be565b6101406101aa3660046103da565b60046020525f908152604090205460ff1681565b6100c86101cc3660046103da565b610312565b6101406101df3660046103da565b60056020525f908152604090205460ff1681565b5f546001600160a01b0316331461021d57604051635fc483c560e01b815260040160405180910390fd5b6001600160a01b03919091165f908152600560205260409020805460ff1916911515919091179055565b5f546001600160a01b0316331461027157604051635fc483c560e01b815260040160405180910390fd5b60018054911515600160a01b0260ff60a01b19909216919091179055565b5f546001600160a01b031633146102b957604051635fc483c560e01b815260040160405180910390fd5b600255565b5f546001600160a01b031633146102e857604051635fc483c560e01b815260040160405180910390fd5b6001600160a01b03919091165f908152600460205260409020805460ff1916911515919091179055565b5f546001600160a01b0316331461033c57604051635fc483c560e01b815260040160405180910390fd5b6001600160a01b03165f908152600360205260409020805460ff19166001179055565b80356001600160a01b0381168114610375575f5ffd5b919050565b80358015158114610375575f5ffd5b5f5f6040838503121561039a575f5ffd5b6103a38361035f565b91506103b16020840161037a565b90509250929050565b5f602082840312156103ca575f5ffd5b6103d38261037a565b9392505050565b5f602082840312156103ea575f5ffd5b6103d38261035f565b5f60208284031215610403575f5ffd5b503591905056",
}

// TorosPoolFactory is an auto generated Go binding around an Ethereum contract.
type TorosPoolFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TorosPoolFactory) GetABI() abi.ABI {
	return c.abi
}

// NewTorosPoolFactory creates a new instance of TorosPoolFactory.
func NewTorosPoolFactory() *TorosPoolFactory {
	parsed, err := TorosPoolFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TorosPoolFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TorosPoolFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 exitCooldown_) returns()
func (torosPoolFactory *TorosPoolFactory) PackConstructor(exitCooldown_ *big.Int) []byte {
	enc, err := torosPoolFactory.abi.Pack("", exitCooldown_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd914cd4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPool(address pool) returns()
func (torosPoolFactory *TorosPoolFactory) PackAddPool(pool common.Address) []byte {
	enc, err := torosPoolFactory.abi.Pack("addPool", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd914cd4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPool(address pool) returns()
func (torosPoolFactory *TorosPoolFactory) TryPackAddPool(pool common.Address) ([]byte, error) {
	return torosPoolFactory.abi.Pack("addPool", pool)
}

// PackDaoAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2131c68c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daoAddress() view returns(address)
func (torosPoolFactory *TorosPoolFactory) PackDaoAddress() []byte {
	enc, err := torosPoolFactory.abi.Pack("daoAddress")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaoAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2131c68c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daoAddress() view returns(address)
func (torosPoolFactory *TorosPoolFactory) TryPackDaoAddress() ([]byte, error) {
	return torosPoolFactory.abi.Pack("daoAddress")
}

// UnpackDaoAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2131c68c.
//
// Solidity: function daoAddress() view returns(address)
func (torosPoolFactory *TorosPoolFactory) UnpackDaoAddress(data []byte) (common.Address, error) {
	out, err := torosPoolFactory.abi.Unpack("daoAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetExitCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4501b088.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getExitCooldown() view returns(uint256)
func (torosPoolFactory *TorosPoolFactory) PackGetExitCooldown() []byte {
	enc, err := torosPoolFactory.abi.Pack("getExitCooldown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetExitCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4501b088.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getExitCooldown() view returns(uint256)
func (torosPoolFactory *TorosPoolFactory) TryPackGetExitCooldown() ([]byte, error) {
	return torosPoolFactory.abi.Pack("getExitCooldown")
}

// UnpackGetExitCooldown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4501b088.
//
// Solidity: function getExitCooldown() view returns(uint256)
func (torosPoolFactory *TorosPoolFactory) UnpackGetExitCooldown(data []byte) (*big.Int, error) {
	out, err := torosPoolFactory.abi.Unpack("getExitCooldown", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb187bd26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPaused() view returns(bool)
func (torosPoolFactory *TorosPoolFactory) PackIsPaused() []byte {
	enc, err := torosPoolFactory.abi.Pack("isPaused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb187bd26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPaused() view returns(bool)
func (torosPoolFactory *TorosPoolFactory) TryPackIsPaused() ([]byte, error) {
	return torosPoolFactory.abi.Pack("isPaused")
}

// UnpackIsPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb187bd26.
//
// Solidity: function isPaused() view returns(bool)
func (torosPoolFactory *TorosPoolFactory) UnpackIsPaused(data []byte) (bool, error) {
	out, err := torosPoolFactory.abi.Unpack("isPaused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b16ebb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPool(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) PackIsPool(arg0 common.Address) []byte {
	enc, err := torosPoolFactory.abi.Pack("isPool", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b16ebb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPool(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) TryPackIsPool(arg0 common.Address) ([]byte, error) {
	return torosPoolFactory.abi.Pack("isPool", arg0)
}

// UnpackIsPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b16ebb7.
//
// Solidity: function isPool(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) UnpackIsPool(data []byte) (bool, error) {
	out, err := torosPoolFactory.abi.Unpack("isPool", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (torosPoolFactory *TorosPoolFactory) PackOwner() []byte {
	enc, err := torosPoolFactory.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (torosPoolFactory *TorosPoolFactory) TryPackOwner() ([]byte, error) {
	return torosPoolFactory.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (torosPoolFactory *TorosPoolFactory) UnpackOwner(data []byte) (common.Address, error) {
	out, err := torosPoolFactory.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPausedPools is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdf04c07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pausedPools(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) PackPausedPools(arg0 common.Address) []byte {
	enc, err := torosPoolFactory.abi.Pack("pausedPools", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPausedPools is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdf04c07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pausedPools(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) TryPackPausedPools(arg0 common.Address) ([]byte, error) {
	return torosPoolFactory.abi.Pack("pausedPools", arg0)
}

// UnpackPausedPools is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdf04c07.
//
// Solidity: function pausedPools(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) UnpackPausedPools(data []byte) (bool, error) {
	out, err := torosPoolFactory.abi.Unpack("pausedPools", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReceiverWhitelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0cb5996.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiverWhitelist(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) PackReceiverWhitelist(arg0 common.Address) []byte {
	enc, err := torosPoolFactory.abi.Pack("receiverWhitelist", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiverWhitelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0cb5996.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiverWhitelist(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) TryPackReceiverWhitelist(arg0 common.Address) ([]byte, error) {
	return torosPoolFactory.abi.Pack("receiverWhitelist", arg0)
}

// UnpackReceiverWhitelist is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0cb5996.
//
// Solidity: function receiverWhitelist(address ) view returns(bool)
func (torosPoolFactory *TorosPoolFactory) UnpackReceiverWhitelist(data []byte) (bool, error) {
	out, err := torosPoolFactory.abi.Unpack("receiverWhitelist", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetExitCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa7d664e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setExitCooldown(uint256 cooldown) returns()
func (torosPoolFactory *TorosPoolFactory) PackSetExitCooldown(cooldown *big.Int) []byte {
	enc, err := torosPoolFactory.abi.Pack("setExitCooldown", cooldown)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetExitCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa7d664e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setExitCooldown(uint256 cooldown) returns()
func (torosPoolFactory *TorosPoolFactory) TryPackSetExitCooldown(cooldown *big.Int) ([]byte, error) {
	return torosPoolFactory.abi.Pack("setExitCooldown", cooldown)
}

// PackSetPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16c38b3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPaused(bool paused) returns()
func (torosPoolFactory *TorosPoolFactory) PackSetPaused(paused bool) []byte {
	enc, err := torosPoolFactory.abi.Pack("setPaused", paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16c38b3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPaused(bool paused) returns()
func (torosPoolFactory *TorosPoolFactory) TryPackSetPaused(paused bool) ([]byte, error) {
	return torosPoolFactory.abi.Pack("setPaused", paused)
}

// PackSetPoolPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb900de11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolPaused(address pool, bool paused) returns()
func (torosPoolFactory *TorosPoolFactory) PackSetPoolPaused(pool common.Address, paused bool) []byte {
	enc, err := torosPoolFactory.abi.Pack("setPoolPaused", pool, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb900de11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolPaused(address pool, bool paused) returns()
func (torosPoolFactory *TorosPoolFactory) TryPackSetPoolPaused(pool common.Address, paused bool) ([]byte, error) {
	return torosPoolFactory.abi.Pack("setPoolPaused", pool, paused)
}

// PackSetReceiverWhitelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c47223f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReceiverWhitelist(address receiver, bool allowed) returns()
func (torosPoolFactory *TorosPoolFactory) PackSetReceiverWhitelist(receiver common.Address, allowed bool) []byte {
	enc, err := torosPoolFactory.abi.Pack("setReceiverWhitelist", receiver, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReceiverWhitelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c47223f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReceiverWhitelist(address receiver, bool allowed) returns()
func (torosPoolFactory *TorosPoolFactory) TryPackSetReceiverWhitelist(receiver common.Address, allowed bool) ([]byte, error) {
	return torosPoolFactory.abi.Pack("setReceiverWhitelist", receiver, allowed)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (torosPoolFactory *TorosPoolFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], torosPoolFactory.abi.Errors["OnlyOwner"].ID.Bytes()[:4]) {
		return torosPoolFactory.UnpackOnlyOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TorosPoolFactoryOnlyOwner represents a OnlyOwner error raised by the TorosPoolFactory contract.
type TorosPoolFactoryOnlyOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyOwner()
func TorosPoolFactoryOnlyOwnerErrorID() common.Hash {
	return common.HexToHash("0x5fc483c5fcd3811670a93392f365a32f0fc9e73013bbed53888646cfd592055f")
}

// UnpackOnlyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyOwner()
func (torosPoolFactory *TorosPoolFactory) UnpackOnlyOwnerError(raw []byte) (*TorosPoolFactoryOnlyOwner, error) {
	out := new(TorosPoolFactoryOnlyOwner)
	if err := torosPoolFactory.abi.UnpackIntoInterface(out, "OnlyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TorosPoolLogicMetaData contains all meta data concerning the TorosPoolLogic contract.
var TorosPoolLogicMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"factory_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"fundAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"assetDeposited\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountDeposited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"valueDeposited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fundTokensReceived\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalInvestorFundTokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fundValue\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalSupply\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"entryFeeAmount\",\"type\":\"uint256\"}],\"name\":\"EntryFeeMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"exitFeeAmount\",\"type\":\"uint256\"}],\"name\":\"ExitFeeMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"fundAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"valueWithdrawn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fundTokensWithdrawn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalInvestorFundTokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fundValue\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalSupply\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"externalWithdrawProcessed\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structTorosPoolLogic.WithdrawnAsset[]\",\"name\":\"withdrawnAssets\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_fundValue\",\"type\":\"uint256\"}],\"name\":\"calculateAvailableManagerFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidityMinted\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_depositor\",\"type\":\"address\"}],\"name\":\"getExitRemainingCooldown\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"lastDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"lastExitCooldown\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastFeeMintTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintManagerFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolManagerLogic\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_poolManagerLogic\",\"type\":\"address\"}],\"name\":\"setPoolManagerLogic\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenPriceAtLastFeeMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenPriceWithoutManagerFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_fundTokenAmount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"supportedAsset\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"withdrawData\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"slippageTolerance\",\"type\":\"uint256\"}],\"internalType\":\"structIPoolLogic.ComplexAsset[]\",\"name\":\"_complexAssetsData\",\"type\":\"tuple[]\"}],\"name\":\"withdrawSafe\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TorosPoolLogic",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051612d17380380612d1783398101604081905261002e91610109565b6001600160a01b0383166080525f610046838261021a565b506001610053828261021a565b5050670de0b6b3a76400006006555050426007556102d8565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261008f575f5ffd5b81516001600160401b038111156100a8576100a861006c565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100d6576100d661006c565b6040528181528382016020018510156100ed575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f6060848603121561011b575f5ffd5b83516001600160a01b0381168114610131575f5ffd5b60208501519093506001600160401b0381111561014c575f5ffd5b61015886828701610080565b604086015190935090506001600160401b03811115610175575f5ffd5b61018186828701610080565b9150509250925092565b600181811c9082168061019f57607f821691505b6020821081036101bd57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610215578282111561021557805f5260205f20601f840160051c60208510156101ee57505f5b90810190601f840160051c035f5b81811015610211575f838201556001016101fc565b5050505b505050565b81516001600160401b038111156102335761023361006c565b61024781610241845461018b565b846101c3565b6020601f821160018114610279575f83156102625750848201515b5f19600385901b1c1916600184901b1784556102d1565b5f84815260208120601f198516915b828110156102a85787850151825560209485019460019092019101610288565b50848210156102c557868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6080516129cc61034b5f395f81816102f30152818161049a01528181610539015281816108dd0152818161097c01528181610c9701528181610f5501528181610f7e01528181611327015281816113c60152818161203c015281816120dc0152818161218c015261224a01526129cc5ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c8063750226de116100bf578063a9059cbb11610079578063a9059cbb146102c8578063b8ea2b6e146102db578063c45a0155146102ee578063cc3c6df614610315578063dd62ed3e1461031d578063df8ff12f14610347575f5ffd5b8063750226de146102815780637714f39d146102945780637ff9b5961461029d57806394138e97146102a557806395d89b41146102b8578063a77134e4146102c0575f5ffd5b806323b872dd1161011057806323b872dd146101e457806329d16ee8146101f7578063313ce5671461021657806347e7ef241461023057806370a08231146102435780637481de6614610262575f5ffd5b806306fdde031461014c578063095ea7b31461016a5780630acc7f251461018d57806318160ddd146101a25780631e50a4a6146101b9575b5f5ffd5b610154610350565b60405161016191906122fc565b60405180910390f35b61017d610178366004612348565b6103db565b6040519015158152602001610161565b6101a061019b366004612426565b610447565b005b6101ab60025481565b604051908152602001610161565b6005546101cc906001600160a01b031681565b6040516001600160a01b039091168152602001610161565b61017d6101f2366004612595565b6107c1565b6101ab6102053660046125d3565b60086020525f908152604090205481565b61021e601281565b60405160ff9091168152602001610161565b6101ab61023e366004612348565b610891565b6101ab6102513660046125d3565b60036020525f908152604090205481565b6101ab6102703660046125d3565b60096020525f908152604090205481565b6101a061028f3660046125d3565b610f0b565b6101ab60065481565b6101ab611068565b6101ab6102b33660046125ee565b611105565b6101546111e5565b6101ab6111f2565b61017d6102d6366004612348565b611277565b6101ab6102e93660046125d3565b61128c565b6101cc7f000000000000000000000000000000000000000000000000000000000000000081565b6101a06112dd565b6101ab61032b366004612605565b600460209081525f928352604080842090915290825290205481565b6101ab60075481565b5f805461035c9061263c565b80601f01602080910402602001604051908101604052809291908181526020018280546103889061263c565b80156103d35780601f106103aa576101008083540402835291602001916103d3565b820191905f5260205f20905b8154815290600101906020018083116103b657829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906104359086815260200190565b60405180910390a35060015b92915050565b600a5460ff16156104735760405162461bcd60e51b815260040161046a90612674565b60405180910390fd5b600a805460ff19166001179055604080516358c3de9360e11b815290516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163b187bd269160048083019260209291908290030181865afa1580156104e3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061050791906126bf565b156105245760405162461bcd60e51b815260040161046a906126d8565b60405163cdf04c0760e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063cdf04c0790602401602060405180830381865afa158015610586573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105aa91906126bf565b156105c75760405162461bcd60e51b815260040161046a906126f5565b335f90815260086020526040902054421161060d5760405162461bcd60e51b815260040161046a906020808252600490820152636468313160e01b604082015260600190565b335f908152600360205260409020548211156106545760405162461bcd60e51b815260040161046a906020808252600490820152633234189960e11b604082015260600190565b6005546040805163e5406dbf60e01b815290516001600160a01b03909216915f91839163e5406dbf9160048082019286929091908290030181865afa15801561069f573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526106c69190810190612712565b905080518351146107025760405162461bcd60e51b815260040161046a906020808252600490820152636468313960e01b604082015260600190565b5f61070b611469565b90505f61071884876115fc565b90505f6107268585846117ca565b90505f670de0b6b3a764000061073c85856127ee565b6107469190612805565b335f818152600360205260409020549192507ffad3d7f9ed107ffa7fc8ce8baa521effc3650ec48a4d1dd36bdb9c4b91db12959130919084908c9061078b838b612824565b60025489426040516107a599989796959493929190612837565b60405180910390a15050600a805460ff19169055505050505050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f19811461087b578281101561084d5760405162461bcd60e51b815260206004820152602860248201527f45524332303a207472616e7366657220616d6f756e74206578636565647320616044820152676c6c6f77616e636560c01b606482015260840161046a565b6108578382612824565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b610886858585611aad565b506001949350505050565b600a545f9060ff16156108b65760405162461bcd60e51b815260040161046a90612674565b600a805460ff19166001179055604080516358c3de9360e11b815290516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163b187bd269160048083019260209291908290030181865afa158015610926573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061094a91906126bf565b156109675760405162461bcd60e51b815260040161046a906126d8565b60405163cdf04c0760e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063cdf04c0790602401602060405180830381865afa1580156109c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ed91906126bf565b15610a0a5760405162461bcd60e51b815260040161046a906126f5565b60055460405163bdbef07d60e01b81526001600160a01b03858116600483015290911690819063bdbef07d90602401602060405180830381865afa158015610a54573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a7891906126bf565b610aaa5760405162461bcd60e51b81526020600482015260036024820152620c8d0760eb1b604482015260640161046a565b5f610ab3611469565b6040516323b872dd60e01b8152336004820152306024820152604481018690529091506001600160a01b038616906323b872dd906064016020604051808303815f875af1158015610b06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b2a91906126bf565b610b465760405162461bcd60e51b815260040161046a906128ee565b6040516314e03fdd60e11b81526001600160a01b038681166004830152602482018690525f91908416906329c07fba90604401602060405180830381865afa158015610b94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb8919061290c565b60025490915080610bc95781610bde565b82610bd482846127ee565b610bde9190612805565b94505f5f856001600160a01b031663cdeae9a96040518163ffffffff1660e01b8152600401606060405180830381865afa158015610c1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c429190612923565b92505091505f818389610c5591906127ee565b610c5f9190612805565b9050610c6b8189612824565b9750610d3560035f336001600160a01b03166001600160a01b031681526020019081526020015f2054897f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634501b0886040518163ffffffff1660e01b8152600401602060405180830381865afa158015610cf1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d15919061290c565b335f90815260096020908152604080832054600890925290912054611bc7565b335f908152600960209081526040808320939093556008905220429055620186a0881015610d8e5760405162461bcd60e51b815260040161046a906020808252600490820152630646831360e41b604082015260600190565b610d983389611c85565b8015610e4f575f876001600160a01b031663481c6a756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ddb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dff919061294e565b9050610e0b8183611c85565b604080516001600160a01b0383168152602081018490527f041016c816f0ae89a17cebf19a247e87d1f932255183b75b0cca3ca4e23d8eb3910160405180910390a1505b335f818152600360205260409020547f97e6c213c123075e233a6f2323f33d8319141b993ab05e9e2f7eb2eda08cb9449130918d908d908a908e90610e94838f612969565b600254604080516001600160a01b039a8b168152988a1660208a015296909816878701526060870194909452608086019290925260a085015260c084015260e0830152610100820192909252426101208201529051908190036101400190a15050600a805460ff1916905550939695505050505050565b6001600160a01b038116610f4a5760405162461bcd60e51b815260040161046a906020808252600490820152630c8d062760e31b604082015260600190565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061101157507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610fd8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ffc919061294e565b6001600160a01b0316336001600160a01b0316145b6110465760405162461bcd60e51b815260040161046a906020808252600490820152630c8d064760e31b604082015260600190565b600580546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f60055f9054906101000a90046001600160a01b03166001600160a01b031663ad60ffcc6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110de919061290c565b90506110ff816110ed83611105565b6002546110fa9190612969565b611d15565b91505090565b5f6002545f1480611114575081155b1561112057505f919050565b5f5f60055f9054906101000a90046001600160a01b03166001600160a01b031663ced72f876040518163ffffffff1660e01b815260040160a060405180830381865afa158015611172573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611196919061297c565b945050509250506301e133808183600754426111b29190612824565b6002546111bf91906127ee565b6111c991906127ee565b6111d39190612805565b6111dd9190612805565b949350505050565b6001805461035c9061263c565b5f61127260055f9054906101000a90046001600160a01b03166001600160a01b031663ad60ffcc6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611246573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061126a919061290c565b600254611d15565b905090565b5f611283338484611aad565b50600192915050565b6001600160a01b0381165f90815260096020908152604080832054600890925282205482916112ba91612969565b9050428110156112cc57505f92915050565b6112d64282612824565b9392505050565b600a5460ff16156113005760405162461bcd60e51b815260040161046a90612674565b600a805460ff19166001179055604080516358c3de9360e11b815290516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163b187bd269160048083019260209291908290030181865afa158015611370573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061139491906126bf565b156113b15760405162461bcd60e51b815260040161046a906126d8565b60405163cdf04c0760e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063cdf04c0790602401602060405180830381865afa158015611413573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061143791906126bf565b156114545760405162461bcd60e51b815260040161046a906126f5565b61145c611469565b50600a805460ff19169055565b60055460408051632b583ff360e21b815290515f926001600160a01b03169163ad60ffcc9160048083019260209291908290030181865afa1580156114b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114d4919061290c565b90505f6114e082611105565b90505f60055f9054906101000a90046001600160a01b03166001600160a01b031663ced72f876040518163ffffffff1660e01b815260040160a060405180830381865afa158015611533573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611557919061297c565b5050509150505f821180611569575080155b806115745750600254155b1561157e57426007555b81156115f7576005546040805163481c6a7560e01b815290516115f7926001600160a01b03169163481c6a759160048083019260209291908290030181865afa1580156115cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115f1919061294e565b83611c85565b505090565b5f5f5f846001600160a01b031663f5b860866040518163ffffffff1660e01b8152600401606060405180830381865afa15801561163b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061165f9190612923565b92505091505f81838661167291906127ee565b61167c9190612805565b6002549091505f61168d8388612824565b9050620186a061169d8284612824565b1015806116a957508082145b6116de5760405162461bcd60e51b815260040161046a906020808252600490820152630646831360e41b604082015260600190565b816116f182670de0b6b3a76400006127ee565b6116fb9190612805565b95506117073382611d4a565b82156117bf575f886001600160a01b031663481c6a756040518163ffffffff1660e01b8152600401602060405180830381865afa15801561174a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061176e919061294e565b905061177b338286611aad565b604080516001600160a01b0383168152602081018690527f5dc1670f498e308c97e785c929486b7129f92b86f4acd9230ce652ab3b7829ab910160405180910390a1505b505050505092915050565b6060825167ffffffffffffffff8111156117e6576117e6612372565b60405190808252806020026020018201604052801561182f57816020015b604080516060810182525f80825260208083018290529282015282525f199092019101816118045790505b5090505f5b8351811015611aa5575f670de0b6b3a76400008486848151811061185a5761185a6129b8565b6020908102919091010151516040516370a0823160e01b81523060048201526001600160a01b03909116906370a0823190602401602060405180830381865afa1580156118a9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118cd919061290c565b6118d791906127ee565b6118e19190612805565b9050856001600160a01b031663d8dfeb456040518163ffffffff1660e01b8152600401602060405180830381865afa15801561191f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611943919061294e565b6001600160a01b031685838151811061195e5761195e6129b8565b60200260200101515f01516001600160a01b03160361198e576119818685611e48565b61198b9082612824565b90505b8015611a3d578482815181106119a6576119a66129b8565b60209081029190910101515160405163a9059cbb60e01b8152336004820152602481018390526001600160a01b039091169063a9059cbb906044016020604051808303815f875af11580156119fd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a2191906126bf565b611a3d5760405162461bcd60e51b815260040161046a906128ee565b6040518060600160405280868481518110611a5a57611a5a6129b8565b60200260200101515f01516001600160a01b031681526020018281526020015f1515815250838381518110611a9157611a916129b8565b602090810291909101015250600101611834565b509392505050565b611ab783836120da565b6001600160a01b0383165f9081526003602052604090205481811015611b2e5760405162461bcd60e51b815260206004820152602660248201527f45524332303a207472616e7366657220616d6f756e7420657863656564732062604482015265616c616e636560d01b606482015260840161046a565b611b388282612824565b6001600160a01b038086165f908152600360205260408082209390935590851681529081208054849290611b6d908490612969565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef84604051611bb991815260200190565b60405180910390a350505050565b5f80611bd38484612969565b90505f428210611bec57611be74283612824565b611bee565b5f5b905087158015611bfc575086155b15611c0b575f92505050611c7c565b875f03611c1c578592505050611c7c565b861580611c2857508086105b15611c36579150611c7c9050565b5f8189611c438a8a6127ee565b611c4d9190612805565b611c579190612969565b9050868111611c7457805f03611c6e576001611c76565b80611c76565b865b93505050505b95945050505050565b611c8f5f836120da565b8060025f828254611ca09190612969565b90915550506001600160a01b0382165f9081526003602052604081208054839290611ccc908490612969565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f811580611d21575082155b15611d2d57505f610441565b81611d4084670de0b6b3a76400006127ee565b6112d69190612805565b611d54825f6120da565b6001600160a01b0382165f9081526003602052604090205481811015611dc75760405162461bcd60e51b815260206004820152602260248201527f45524332303a206275726e20616d6f756e7420657863656564732062616c616e604482015261636560f01b606482015260840161046a565b611dd18282612824565b6001600160a01b0384165f9081526003602052604081209190915560028054849290611dfe908490612824565b90915550506040518281525f906001600160a01b038516907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3505050565b5f5f670de0b6b3a764000083856001600160a01b0316630dca59c16040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611eb4919061290c565b611ebe91906127ee565b611ec89190612805565b9050805f03611eda575f915050610441565b836001600160a01b0316635891de726040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f16573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f3a919061290c565b6001611f4e83670de0b6b3a76400006127ee565b611f589190612824565b611f629190612805565b611f6d906001612969565b604051631b8fec7360e11b8152600481018390529092506001600160a01b0385169063371fd8e6906024015f604051808303815f87803b158015611faf575f5ffd5b505af1158015611fc1573d5f5f3e3d5ffd5b50505050836001600160a01b031663d8dfeb456040518163ffffffff1660e01b8152600401602060405180830381865afa158015612001573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612025919061294e565b60405163a9059cbb60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015260248201859052919091169063a9059cbb906044016020604051808303815f875af1158015612093573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120b791906126bf565b6120d35760405162461bcd60e51b815260040161046a906128ee565b5092915050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b187bd266040518163ffffffff1660e01b8152600401602060405180830381865afa158015612136573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061215a91906126bf565b156121775760405162461bcd60e51b815260040161046a906126d8565b60405163cdf04c0760e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063cdf04c0790602401602060405180830381865afa1580156121d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121fd91906126bf565b1561221a5760405162461bcd60e51b815260040161046a906126f5565b6001600160a01b03821615806122b35750604051637065accb60e11b81526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063e0cb599690602401602060405180830381865afa15801561228f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122b391906126bf565b156122bc575050565b6122c58261128c565b156122f85760405162461bcd60e51b815260206004820152600360248201526264683360e81b604482015260640161046a565b5050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114612345575f5ffd5b50565b5f5f60408385031215612359575f5ffd5b823561236481612331565b946020939093013593505050565b634e487b7160e01b5f52604160045260245ffd5b6040516060810167ffffffffffffffff811182821017156123a9576123a9612372565b60405290565b6040805190810167ffffffffffffffff811182821017156123a9576123a9612372565b604051601f8201601f1916810167ffffffffffffffff811182821017156123fb576123fb612372565b604052919050565b5f67ffffffffffffffff82111561241c5761241c612372565b5060051b60200190565b5f5f60408385031215612437575f5ffd5b82359150602083013567ffffffffffffffff811115612454575f5ffd5b8301601f81018513612464575f5ffd5b803561247761247282612403565b6123d2565b8082825260208201915060208360051b850101925087831115612498575f5ffd5b602084015b8381101561258657803567ffffffffffffffff8111156124bb575f5ffd5b85016060818b03601f190112156124d0575f5ffd5b6124d8612386565b60208201356124e681612331565b8152604082013567ffffffffffffffff811115612501575f5ffd5b82016020810190603f018c13612515575f5ffd5b803567ffffffffffffffff81111561252f5761252f612372565b612542601f8201601f19166020016123d2565b8181528d6020838501011115612556575f5ffd5b816020840160208301375f602092820183015283820152606093909301356040830152508452928301920161249d565b50809450505050509250929050565b5f5f5f606084860312156125a7575f5ffd5b83356125b281612331565b925060208401356125c281612331565b929592945050506040919091013590565b5f602082840312156125e3575f5ffd5b81356112d681612331565b5f602082840312156125fe575f5ffd5b5035919050565b5f5f60408385031215612616575f5ffd5b823561262181612331565b9150602083013561263181612331565b809150509250929050565b600181811c9082168061265057607f821691505b60208210810361266e57634e487b7160e01b5f52602260045260245ffd5b50919050565b6020808252601f908201527f5265656e7472616e637947756172643a207265656e7472616e742063616c6c00604082015260600190565b805180151581146126ba575f5ffd5b919050565b5f602082840312156126cf575f5ffd5b6112d6826126ab565b60208082526003908201526264683160e81b604082015260600190565b60208082526003908201526232341960e91b604082015260600190565b5f60208284031215612722575f5ffd5b815167ffffffffffffffff811115612738575f5ffd5b8201601f81018413612748575f5ffd5b805161275661247282612403565b8082825260208201915060208360061b850101925086831115612777575f5ffd5b6020840193505b828410156127d05760408488031215612795575f5ffd5b61279d6123af565b84516127a881612331565b81526127b6602086016126ab565b60208201528083525060208201915060408401935061277e565b9695505050505050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610441576104416127da565b5f8261281f57634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610441576104416127da565b5f610120820160018060a01b038c16835260018060a01b038b1660208401528960408401528860608401528760808401528660a08401528560c084015261012060e0840152808551808352610140850191506020870192505f5b818110156128d357835180516001600160a01b031684526020808201518186015260409182015115159185019190915290930192606090920191600101612891565b50506101009390930193909352509998505050505050505050565b602080825260049082015263191a0c4d60e21b604082015260600190565b5f6020828403121561291c575f5ffd5b5051919050565b5f5f5f60608486031215612935575f5ffd5b5050815160208301516040909301519094929350919050565b5f6020828403121561295e575f5ffd5b81516112d681612331565b80820180821115610441576104416127da565b5f5f5f5f5f60a08688031215612990575f5ffd5b5050835160208501516040860151606087015160809097015192989197509594509092509050565b634e487b7160e01b5f52603260045260245ffd",
}

// TorosPoolLogic is an auto generated Go binding around an Ethereum contract.
type TorosPoolLogic struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TorosPoolLogic) GetABI() abi.ABI {
	return c.abi
}

// NewTorosPoolLogic creates a new instance of TorosPoolLogic.
func NewTorosPoolLogic() *TorosPoolLogic {
	parsed, err := TorosPoolLogicMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TorosPoolLogic{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TorosPoolLogic) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address factory_, string name_, string symbol_) returns()
func (torosPoolLogic *TorosPoolLogic) PackConstructor(factory_ common.Address, name_ string, symbol_ string) []byte {
	enc, err := torosPoolLogic.abi.Pack("", factory_, name_, symbol_)
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
func (torosPoolLogic *TorosPoolLogic) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := torosPoolLogic.abi.Pack("allowance", arg0, arg1)
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
func (torosPoolLogic *TorosPoolLogic) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return torosPoolLogic.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("allowance", data)
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
func (torosPoolLogic *TorosPoolLogic) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := torosPoolLogic.abi.Pack("approve", spender, amount)
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
func (torosPoolLogic *TorosPoolLogic) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return torosPoolLogic.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (torosPoolLogic *TorosPoolLogic) UnpackApprove(data []byte) (bool, error) {
	out, err := torosPoolLogic.abi.Unpack("approve", data)
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
func (torosPoolLogic *TorosPoolLogic) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := torosPoolLogic.abi.Pack("balanceOf", arg0)
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
func (torosPoolLogic *TorosPoolLogic) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return torosPoolLogic.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCalculateAvailableManagerFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94138e97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calculateAvailableManagerFee(uint256 _fundValue) view returns(uint256 fee)
func (torosPoolLogic *TorosPoolLogic) PackCalculateAvailableManagerFee(fundValue *big.Int) []byte {
	enc, err := torosPoolLogic.abi.Pack("calculateAvailableManagerFee", fundValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalculateAvailableManagerFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94138e97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calculateAvailableManagerFee(uint256 _fundValue) view returns(uint256 fee)
func (torosPoolLogic *TorosPoolLogic) TryPackCalculateAvailableManagerFee(fundValue *big.Int) ([]byte, error) {
	return torosPoolLogic.abi.Pack("calculateAvailableManagerFee", fundValue)
}

// UnpackCalculateAvailableManagerFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94138e97.
//
// Solidity: function calculateAvailableManagerFee(uint256 _fundValue) view returns(uint256 fee)
func (torosPoolLogic *TorosPoolLogic) UnpackCalculateAvailableManagerFee(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("calculateAvailableManagerFee", data)
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
func (torosPoolLogic *TorosPoolLogic) PackDecimals() []byte {
	enc, err := torosPoolLogic.abi.Pack("decimals")
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
func (torosPoolLogic *TorosPoolLogic) TryPackDecimals() ([]byte, error) {
	return torosPoolLogic.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (torosPoolLogic *TorosPoolLogic) UnpackDecimals(data []byte) (uint8, error) {
	out, err := torosPoolLogic.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address _asset, uint256 _amount) returns(uint256 liquidityMinted)
func (torosPoolLogic *TorosPoolLogic) PackDeposit(asset common.Address, amount *big.Int) []byte {
	enc, err := torosPoolLogic.abi.Pack("deposit", asset, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address _asset, uint256 _amount) returns(uint256 liquidityMinted)
func (torosPoolLogic *TorosPoolLogic) TryPackDeposit(asset common.Address, amount *big.Int) ([]byte, error) {
	return torosPoolLogic.abi.Pack("deposit", asset, amount)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47e7ef24.
//
// Solidity: function deposit(address _asset, uint256 _amount) returns(uint256 liquidityMinted)
func (torosPoolLogic *TorosPoolLogic) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factory() view returns(address)
func (torosPoolLogic *TorosPoolLogic) PackFactory() []byte {
	enc, err := torosPoolLogic.abi.Pack("factory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factory() view returns(address)
func (torosPoolLogic *TorosPoolLogic) TryPackFactory() ([]byte, error) {
	return torosPoolLogic.abi.Pack("factory")
}

// UnpackFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (torosPoolLogic *TorosPoolLogic) UnpackFactory(data []byte) (common.Address, error) {
	out, err := torosPoolLogic.abi.Unpack("factory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetExitRemainingCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ea2b6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getExitRemainingCooldown(address _depositor) view returns(uint256 remaining)
func (torosPoolLogic *TorosPoolLogic) PackGetExitRemainingCooldown(depositor common.Address) []byte {
	enc, err := torosPoolLogic.abi.Pack("getExitRemainingCooldown", depositor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetExitRemainingCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ea2b6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getExitRemainingCooldown(address _depositor) view returns(uint256 remaining)
func (torosPoolLogic *TorosPoolLogic) TryPackGetExitRemainingCooldown(depositor common.Address) ([]byte, error) {
	return torosPoolLogic.abi.Pack("getExitRemainingCooldown", depositor)
}

// UnpackGetExitRemainingCooldown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8ea2b6e.
//
// Solidity: function getExitRemainingCooldown(address _depositor) view returns(uint256 remaining)
func (torosPoolLogic *TorosPoolLogic) UnpackGetExitRemainingCooldown(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("getExitRemainingCooldown", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29d16ee8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastDeposit(address ) view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) PackLastDeposit(arg0 common.Address) []byte {
	enc, err := torosPoolLogic.abi.Pack("lastDeposit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29d16ee8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastDeposit(address ) view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) TryPackLastDeposit(arg0 common.Address) ([]byte, error) {
	return torosPoolLogic.abi.Pack("lastDeposit", arg0)
}

// UnpackLastDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29d16ee8.
//
// Solidity: function lastDeposit(address ) view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) UnpackLastDeposit(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("lastDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastExitCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7481de66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastExitCooldown(address ) view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) PackLastExitCooldown(arg0 common.Address) []byte {
	enc, err := torosPoolLogic.abi.Pack("lastExitCooldown", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastExitCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7481de66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastExitCooldown(address ) view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) TryPackLastExitCooldown(arg0 common.Address) ([]byte, error) {
	return torosPoolLogic.abi.Pack("lastExitCooldown", arg0)
}

// UnpackLastExitCooldown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7481de66.
//
// Solidity: function lastExitCooldown(address ) view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) UnpackLastExitCooldown(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("lastExitCooldown", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastFeeMintTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf8ff12f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastFeeMintTime() view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) PackLastFeeMintTime() []byte {
	enc, err := torosPoolLogic.abi.Pack("lastFeeMintTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastFeeMintTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf8ff12f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastFeeMintTime() view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) TryPackLastFeeMintTime() ([]byte, error) {
	return torosPoolLogic.abi.Pack("lastFeeMintTime")
}

// UnpackLastFeeMintTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf8ff12f.
//
// Solidity: function lastFeeMintTime() view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) UnpackLastFeeMintTime(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("lastFeeMintTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintManagerFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc3c6df6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintManagerFee() returns()
func (torosPoolLogic *TorosPoolLogic) PackMintManagerFee() []byte {
	enc, err := torosPoolLogic.abi.Pack("mintManagerFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintManagerFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc3c6df6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintManagerFee() returns()
func (torosPoolLogic *TorosPoolLogic) TryPackMintManagerFee() ([]byte, error) {
	return torosPoolLogic.abi.Pack("mintManagerFee")
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (torosPoolLogic *TorosPoolLogic) PackName() []byte {
	enc, err := torosPoolLogic.abi.Pack("name")
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
func (torosPoolLogic *TorosPoolLogic) TryPackName() ([]byte, error) {
	return torosPoolLogic.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (torosPoolLogic *TorosPoolLogic) UnpackName(data []byte) (string, error) {
	out, err := torosPoolLogic.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPoolManagerLogic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e50a4a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolManagerLogic() view returns(address)
func (torosPoolLogic *TorosPoolLogic) PackPoolManagerLogic() []byte {
	enc, err := torosPoolLogic.abi.Pack("poolManagerLogic")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolManagerLogic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e50a4a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolManagerLogic() view returns(address)
func (torosPoolLogic *TorosPoolLogic) TryPackPoolManagerLogic() ([]byte, error) {
	return torosPoolLogic.abi.Pack("poolManagerLogic")
}

// UnpackPoolManagerLogic is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e50a4a6.
//
// Solidity: function poolManagerLogic() view returns(address)
func (torosPoolLogic *TorosPoolLogic) UnpackPoolManagerLogic(data []byte) (common.Address, error) {
	out, err := torosPoolLogic.abi.Unpack("poolManagerLogic", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetPoolManagerLogic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x750226de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolManagerLogic(address _poolManagerLogic) returns()
func (torosPoolLogic *TorosPoolLogic) PackSetPoolManagerLogic(poolManagerLogic common.Address) []byte {
	enc, err := torosPoolLogic.abi.Pack("setPoolManagerLogic", poolManagerLogic)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolManagerLogic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x750226de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolManagerLogic(address _poolManagerLogic) returns()
func (torosPoolLogic *TorosPoolLogic) TryPackSetPoolManagerLogic(poolManagerLogic common.Address) ([]byte, error) {
	return torosPoolLogic.abi.Pack("setPoolManagerLogic", poolManagerLogic)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (torosPoolLogic *TorosPoolLogic) PackSymbol() []byte {
	enc, err := torosPoolLogic.abi.Pack("symbol")
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
func (torosPoolLogic *TorosPoolLogic) TryPackSymbol() ([]byte, error) {
	return torosPoolLogic.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (torosPoolLogic *TorosPoolLogic) UnpackSymbol(data []byte) (string, error) {
	out, err := torosPoolLogic.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ff9b596.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenPrice() view returns(uint256 price)
func (torosPoolLogic *TorosPoolLogic) PackTokenPrice() []byte {
	enc, err := torosPoolLogic.abi.Pack("tokenPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ff9b596.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenPrice() view returns(uint256 price)
func (torosPoolLogic *TorosPoolLogic) TryPackTokenPrice() ([]byte, error) {
	return torosPoolLogic.abi.Pack("tokenPrice")
}

// UnpackTokenPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ff9b596.
//
// Solidity: function tokenPrice() view returns(uint256 price)
func (torosPoolLogic *TorosPoolLogic) UnpackTokenPrice(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("tokenPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenPriceAtLastFeeMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7714f39d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenPriceAtLastFeeMint() view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) PackTokenPriceAtLastFeeMint() []byte {
	enc, err := torosPoolLogic.abi.Pack("tokenPriceAtLastFeeMint")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenPriceAtLastFeeMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7714f39d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenPriceAtLastFeeMint() view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) TryPackTokenPriceAtLastFeeMint() ([]byte, error) {
	return torosPoolLogic.abi.Pack("tokenPriceAtLastFeeMint")
}

// UnpackTokenPriceAtLastFeeMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7714f39d.
//
// Solidity: function tokenPriceAtLastFeeMint() view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) UnpackTokenPriceAtLastFeeMint(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("tokenPriceAtLastFeeMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenPriceWithoutManagerFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa77134e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenPriceWithoutManagerFee() view returns(uint256 price)
func (torosPoolLogic *TorosPoolLogic) PackTokenPriceWithoutManagerFee() []byte {
	enc, err := torosPoolLogic.abi.Pack("tokenPriceWithoutManagerFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenPriceWithoutManagerFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa77134e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenPriceWithoutManagerFee() view returns(uint256 price)
func (torosPoolLogic *TorosPoolLogic) TryPackTokenPriceWithoutManagerFee() ([]byte, error) {
	return torosPoolLogic.abi.Pack("tokenPriceWithoutManagerFee")
}

// UnpackTokenPriceWithoutManagerFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa77134e4.
//
// Solidity: function tokenPriceWithoutManagerFee() view returns(uint256 price)
func (torosPoolLogic *TorosPoolLogic) UnpackTokenPriceWithoutManagerFee(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("tokenPriceWithoutManagerFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) PackTotalSupply() []byte {
	enc, err := torosPoolLogic.abi.Pack("totalSupply")
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
func (torosPoolLogic *TorosPoolLogic) TryPackTotalSupply() ([]byte, error) {
	return torosPoolLogic.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (torosPoolLogic *TorosPoolLogic) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := torosPoolLogic.abi.Unpack("totalSupply", data)
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
func (torosPoolLogic *TorosPoolLogic) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := torosPoolLogic.abi.Pack("transfer", to, amount)
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
func (torosPoolLogic *TorosPoolLogic) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return torosPoolLogic.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (torosPoolLogic *TorosPoolLogic) UnpackTransfer(data []byte) (bool, error) {
	out, err := torosPoolLogic.abi.Unpack("transfer", data)
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
func (torosPoolLogic *TorosPoolLogic) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := torosPoolLogic.abi.Pack("transferFrom", from, to, amount)
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
func (torosPoolLogic *TorosPoolLogic) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return torosPoolLogic.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (torosPoolLogic *TorosPoolLogic) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := torosPoolLogic.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdrawSafe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0acc7f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawSafe(uint256 _fundTokenAmount, (address,bytes,uint256)[] _complexAssetsData) returns()
func (torosPoolLogic *TorosPoolLogic) PackWithdrawSafe(fundTokenAmount *big.Int, complexAssetsData []IPoolLogicComplexAsset) []byte {
	enc, err := torosPoolLogic.abi.Pack("withdrawSafe", fundTokenAmount, complexAssetsData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawSafe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0acc7f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawSafe(uint256 _fundTokenAmount, (address,bytes,uint256)[] _complexAssetsData) returns()
func (torosPoolLogic *TorosPoolLogic) TryPackWithdrawSafe(fundTokenAmount *big.Int, complexAssetsData []IPoolLogicComplexAsset) ([]byte, error) {
	return torosPoolLogic.abi.Pack("withdrawSafe", fundTokenAmount, complexAssetsData)
}

// TorosPoolLogicApproval represents a Approval event raised by the TorosPoolLogic contract.
type TorosPoolLogicApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TorosPoolLogicApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TorosPoolLogicApproval) ContractEventName() string {
	return TorosPoolLogicApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (torosPoolLogic *TorosPoolLogic) UnpackApprovalEvent(log *types.Log) (*TorosPoolLogicApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != torosPoolLogic.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TorosPoolLogicApproval)
	if len(log.Data) > 0 {
		if err := torosPoolLogic.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range torosPoolLogic.abi.Events[event].Inputs {
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

// TorosPoolLogicDeposit represents a Deposit event raised by the TorosPoolLogic contract.
type TorosPoolLogicDeposit struct {
	FundAddress             common.Address
	Investor                common.Address
	AssetDeposited          common.Address
	AmountDeposited         *big.Int
	ValueDeposited          *big.Int
	FundTokensReceived      *big.Int
	TotalInvestorFundTokens *big.Int
	FundValue               *big.Int
	TotalSupply             *big.Int
	Time                    *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const TorosPoolLogicDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (TorosPoolLogicDeposit) ContractEventName() string {
	return TorosPoolLogicDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address fundAddress, address investor, address assetDeposited, uint256 amountDeposited, uint256 valueDeposited, uint256 fundTokensReceived, uint256 totalInvestorFundTokens, uint256 fundValue, uint256 totalSupply, uint256 time)
func (torosPoolLogic *TorosPoolLogic) UnpackDepositEvent(log *types.Log) (*TorosPoolLogicDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != torosPoolLogic.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TorosPoolLogicDeposit)
	if len(log.Data) > 0 {
		if err := torosPoolLogic.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range torosPoolLogic.abi.Events[event].Inputs {
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

// TorosPoolLogicEntryFeeMinted represents a EntryFeeMinted event raised by the TorosPoolLogic contract.
type TorosPoolLogicEntryFeeMinted struct {
	Recipient      common.Address
	EntryFeeAmount *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const TorosPoolLogicEntryFeeMintedEventName = "EntryFeeMinted"

// ContractEventName returns the user-defined event name.
func (TorosPoolLogicEntryFeeMinted) ContractEventName() string {
	return TorosPoolLogicEntryFeeMintedEventName
}

// UnpackEntryFeeMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EntryFeeMinted(address recipient, uint256 entryFeeAmount)
func (torosPoolLogic *TorosPoolLogic) UnpackEntryFeeMintedEvent(log *types.Log) (*TorosPoolLogicEntryFeeMinted, error) {
	event := "EntryFeeMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != torosPoolLogic.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TorosPoolLogicEntryFeeMinted)
	if len(log.Data) > 0 {
		if err := torosPoolLogic.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range torosPoolLogic.abi.Events[event].Inputs {
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

// TorosPoolLogicExitFeeMinted represents a ExitFeeMinted event raised by the TorosPoolLogic contract.
type TorosPoolLogicExitFeeMinted struct {
	Recipient     common.Address
	ExitFeeAmount *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const TorosPoolLogicExitFeeMintedEventName = "ExitFeeMinted"

// ContractEventName returns the user-defined event name.
func (TorosPoolLogicExitFeeMinted) ContractEventName() string {
	return TorosPoolLogicExitFeeMintedEventName
}

// UnpackExitFeeMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitFeeMinted(address recipient, uint256 exitFeeAmount)
func (torosPoolLogic *TorosPoolLogic) UnpackExitFeeMintedEvent(log *types.Log) (*TorosPoolLogicExitFeeMinted, error) {
	event := "ExitFeeMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != torosPoolLogic.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TorosPoolLogicExitFeeMinted)
	if len(log.Data) > 0 {
		if err := torosPoolLogic.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range torosPoolLogic.abi.Events[event].Inputs {
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

// TorosPoolLogicTransfer represents a Transfer event raised by the TorosPoolLogic contract.
type TorosPoolLogicTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TorosPoolLogicTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TorosPoolLogicTransfer) ContractEventName() string {
	return TorosPoolLogicTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (torosPoolLogic *TorosPoolLogic) UnpackTransferEvent(log *types.Log) (*TorosPoolLogicTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != torosPoolLogic.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TorosPoolLogicTransfer)
	if len(log.Data) > 0 {
		if err := torosPoolLogic.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range torosPoolLogic.abi.Events[event].Inputs {
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

// TorosPoolLogicWithdrawal represents a Withdrawal event raised by the TorosPoolLogic contract.
type TorosPoolLogicWithdrawal struct {
	FundAddress             common.Address
	Investor                common.Address
	ValueWithdrawn          *big.Int
	FundTokensWithdrawn     *big.Int
	TotalInvestorFundTokens *big.Int
	FundValue               *big.Int
	TotalSupply             *big.Int
	WithdrawnAssets         []TorosPoolLogicWithdrawnAsset
	Time                    *big.Int
	Raw                     *types.Log // Blockchain specific contextual infos
}

const TorosPoolLogicWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (TorosPoolLogicWithdrawal) ContractEventName() string {
	return TorosPoolLogicWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address fundAddress, address investor, uint256 valueWithdrawn, uint256 fundTokensWithdrawn, uint256 totalInvestorFundTokens, uint256 fundValue, uint256 totalSupply, (address,uint256,bool)[] withdrawnAssets, uint256 time)
func (torosPoolLogic *TorosPoolLogic) UnpackWithdrawalEvent(log *types.Log) (*TorosPoolLogicWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != torosPoolLogic.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TorosPoolLogicWithdrawal)
	if len(log.Data) > 0 {
		if err := torosPoolLogic.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range torosPoolLogic.abi.Events[event].Inputs {
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

// TorosPoolManagerLogicMetaData contains all meta data concerning the TorosPoolManagerLogic contract.
var TorosPoolManagerLogicMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poolLogic_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateral_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"quote_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"priceFeed_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"quoteDecimals_\",\"type\":\"uint8\"},{\"internalType\":\"uint256[3]\",\"name\":\"fees_\",\"type\":\"uint256[3]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyManager\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"assetValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"debt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getEntryFeeInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getExitFeeInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSupportedAssets\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isDeposit\",\"type\":\"bool\"}],\"internalType\":\"structTorosPoolManagerLogic.Asset[]\",\"name\":\"assets\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"isDepositAsset\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minDepositUSD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolLogic\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priceFeed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quote\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quoteScale\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"debt_\",\"type\":\"uint256\"}],\"name\":\"setDebt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[3]\",\"name\":\"fees_\",\"type\":\"uint256[3]\"}],\"name\":\"setFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFundValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TorosPoolManagerLogic",
	Bin: "0x610140604052348015610010575f5ffd5b50604051610eed380380610eed83398101604081905261002f91610121565b336080526001600160a01b0386811660a05285811660c05284811660e05283166101005261006160ff83166012610208565b61006c90600a610304565b6101205261007981610084565b505050505050610335565b805161271010806100a4575061009d600a612710610316565b6020820151115b806100be57506100b7600a612710610316565b6040820151115b156100dc5760405163917f1a5360e01b815260040160405180910390fd5b8051600155602081015160025560400151600355565b80516001600160a01b0381168114610108575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f6101008789031215610137575f5ffd5b610140876100f2565b955061014e602088016100f2565b945061015c604088016100f2565b935061016a606088016100f2565b9250608087015160ff8116811461017f575f5ffd5b915060bf8701881361018f575f5ffd5b604051606081016001600160401b03811182821017156101b1576101b161010d565b6040528061010089018a8111156101c6575f5ffd5b60a08a015b818110156101e35780518352602092830192016101cb565b505050809150509295509295509295565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561021b5761021b6101f4565b92915050565b6001815b600184111561025c57808504811115610240576102406101f4565b600184161561024e57908102905b60019390931c928002610225565b935093915050565b5f826102725750600161021b565b8161027e57505f61021b565b8160018114610294576002811461029e576102ba565b600191505061021b565b60ff8411156102af576102af6101f4565b50506001821b61021b565b5060208310610133831016604e8410600b84101617156102dd575081810a61021b565b6102e95f198484610221565b805f19048211156102fc576102fc6101f4565b029392505050565b5f61030f8383610264565b9392505050565b5f8261033057634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e0516101005161012051610b016103ec5f395f8181610140015281816103ad01528181610440015261072d01525f818161020301526104d201525f81816102500152818161028a015281816104040152818161063e015261082001525f818161032e01528181610374015281816106ed01526107c301525f818161018f015281816104790152818161060e01526106c101525f81816101ce0152818161056001526105ad0152610b015ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c80637dbf67a7116100a9578063cdeae9a91161006e578063cdeae9a9146102ca578063ced72f87146102ed578063d8dfeb4514610329578063e5406dbf14610350578063f5b8608614610365575f5ffd5b80637dbf67a7146102255780637eb681c414610238578063999b93af1461024b578063ad60ffcc14610272578063bdbef07d1461027a575f5ffd5b806339b81fd9116100ef57806339b81fd91461018a578063481c6a75146101c957806350b721a7146101f05780635891de72146101f6578063741bef1a146101fe575f5ffd5b80630dca59c114610120578063172009a61461013b57806329c07fba14610162578063371fd8e614610175575b5f5ffd5b6101285f5481565b6040519081526020015b60405180910390f35b6101287f000000000000000000000000000000000000000000000000000000000000000081565b6101286101703660046108fe565b610371565b610188610183366004610926565b61046e565b005b6101b17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610132565b6101b17f000000000000000000000000000000000000000000000000000000000000000081565b5f610128565b6101286104cf565b6101b17f000000000000000000000000000000000000000000000000000000000000000081565b610188610233366004610926565b610555565b610188610246366004610951565b6105a2565b6101b17f000000000000000000000000000000000000000000000000000000000000000081565b6101286105f7565b6102ba6102883660046109cb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6040519015158152602001610132565b6002545f6127105b60408051938452602084019290925290820152606001610132565b6103016001546002546003545f9361271090565b604080519586526020860194909452928401919091526060830152608082015260a001610132565b6101b17f000000000000000000000000000000000000000000000000000000000000000081565b610358610778565b60405161013291906109eb565b6003545f6127106102d2565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b031603610402577f0000000000000000000000000000000000000000000000000000000000000000670de0b6b3a76400006103dd6104cf565b6103e79085610a58565b6103f19190610a6f565b6103fb9190610a58565b9050610468565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b031603610465576103fb7f000000000000000000000000000000000000000000000000000000000000000083610a58565b505f5b92915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104b757604051634b60273560e01b815260040160405180910390fd5b805f5f8282546104c79190610a8e565b909155505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166352bfe7896040518163ffffffff1660e01b81526004016040805180830381865afa15801561052b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061054f9190610aa1565b50919050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461059e5760405163605919ad60e11b815260040160405180910390fd5b5f55565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105eb5760405163605919ad60e11b815260040160405180910390fd5b6105f481610875565b50565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f9182916106aa917f0000000000000000000000000000000000000000000000000000000000000000918216906370a08231906024015b602060405180830381865afa158015610686573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101709190610ac3565b6040516370a0823160e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015261071e917f0000000000000000000000000000000000000000000000000000000000000000918216906370a082319060240161066b565b6107289190610ada565b90505f7f00000000000000000000000000000000000000000000000000000000000000005f546107589190610a58565b9050808211610767575f610771565b6107718183610a8e565b9250505090565b6040805160028082526060828101909352816020015b604080518082019091525f808252602082015281526020019060019003908161078e57905050905060405180604001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020015f1515815250815f8151811061080857610808610aed565b602002602001018190525060405180604001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602001600115158152508160018151811061086757610867610aed565b602002602001018190525090565b80516127101080610895575061088e600a612710610a6f565b6020820151115b806108af57506108a8600a612710610a6f565b6040820151115b156108cd5760405163917f1a5360e01b815260040160405180910390fd5b8051600155602081015160025560400151600355565b80356001600160a01b03811681146108f9575f5ffd5b919050565b5f5f6040838503121561090f575f5ffd5b610918836108e3565b946020939093013593505050565b5f60208284031215610936575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b5f60608284031215610961575f5ffd5b82601f83011261096f575f5ffd5b6040516060810181811067ffffffffffffffff821117156109925761099261093d565b6040528060608401858111156109a6575f5ffd5b845b818110156109c05780358352602092830192016109a8565b509195945050505050565b5f602082840312156109db575f5ffd5b6109e4826108e3565b9392505050565b602080825282518282018190525f918401906040840190835b81811015610a3957835180516001600160a01b0316845260209081015115158185015290930192604090920191600101610a04565b509095945050505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761046857610468610a44565b5f82610a8957634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561046857610468610a44565b5f5f60408385031215610ab2575f5ffd5b505080516020909101519092909150565b5f60208284031215610ad3575f5ffd5b5051919050565b8082018082111561046857610468610a44565b634e487b7160e01b5f52603260045260245ffd",
}

// TorosPoolManagerLogic is an auto generated Go binding around an Ethereum contract.
type TorosPoolManagerLogic struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TorosPoolManagerLogic) GetABI() abi.ABI {
	return c.abi
}

// NewTorosPoolManagerLogic creates a new instance of TorosPoolManagerLogic.
func NewTorosPoolManagerLogic() *TorosPoolManagerLogic {
	parsed, err := TorosPoolManagerLogicMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TorosPoolManagerLogic{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TorosPoolManagerLogic) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address poolLogic_, address collateral_, address quote_, address priceFeed_, uint8 quoteDecimals_, uint256[3] fees_) returns()
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackConstructor(poolLogic_ common.Address, collateral_ common.Address, quote_ common.Address, priceFeed_ common.Address, quoteDecimals_ uint8, fees_ [3]*big.Int) []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("", poolLogic_, collateral_, quote_, priceFeed_, quoteDecimals_, fees_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAssetValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c07fba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assetValue(address asset, uint256 amount) view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackAssetValue(asset common.Address, amount *big.Int) []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("assetValue", asset, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssetValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c07fba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assetValue(address asset, uint256 amount) view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackAssetValue(asset common.Address, amount *big.Int) ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("assetValue", asset, amount)
}

// UnpackAssetValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29c07fba.
//
// Solidity: function assetValue(address asset, uint256 amount) view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackAssetValue(data []byte) (*big.Int, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("assetValue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackCollateral() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("collateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateral() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackCollateral() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("collateral")
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8dfeb45.
//
// Solidity: function collateral() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackCollateral(data []byte) (common.Address, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("collateral", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCollateralPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5891de72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralPrice() view returns(uint256 price)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackCollateralPrice() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("collateralPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5891de72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralPrice() view returns(uint256 price)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackCollateralPrice() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("collateralPrice")
}

// UnpackCollateralPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5891de72.
//
// Solidity: function collateralPrice() view returns(uint256 price)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackCollateralPrice(data []byte) (*big.Int, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("collateralPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dca59c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debt() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackDebt() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("debt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dca59c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debt() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackDebt() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("debt")
}

// UnpackDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0dca59c1.
//
// Solidity: function debt() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackDebt(data []byte) (*big.Int, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("debt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetEntryFeeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdeae9a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEntryFeeInfo() view returns(uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackGetEntryFeeInfo() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("getEntryFeeInfo")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEntryFeeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdeae9a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEntryFeeInfo() view returns(uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackGetEntryFeeInfo() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("getEntryFeeInfo")
}

// GetEntryFeeInfoOutput serves as a container for the return parameters of contract
// method GetEntryFeeInfo.
type GetEntryFeeInfoOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
}

// UnpackGetEntryFeeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdeae9a9.
//
// Solidity: function getEntryFeeInfo() view returns(uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackGetEntryFeeInfo(data []byte) (GetEntryFeeInfoOutput, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("getEntryFeeInfo", data)
	outstruct := new(GetEntryFeeInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetExitFeeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b86086.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getExitFeeInfo() view returns(uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackGetExitFeeInfo() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("getExitFeeInfo")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetExitFeeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b86086.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getExitFeeInfo() view returns(uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackGetExitFeeInfo() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("getExitFeeInfo")
}

// GetExitFeeInfoOutput serves as a container for the return parameters of contract
// method GetExitFeeInfo.
type GetExitFeeInfoOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
}

// UnpackGetExitFeeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5b86086.
//
// Solidity: function getExitFeeInfo() view returns(uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackGetExitFeeInfo(data []byte) (GetExitFeeInfoOutput, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("getExitFeeInfo", data)
	outstruct := new(GetExitFeeInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced72f87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFee() view returns(uint256, uint256, uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackGetFee() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("getFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced72f87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFee() view returns(uint256, uint256, uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackGetFee() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("getFee")
}

// GetFeeOutput serves as a container for the return parameters of contract
// method GetFee.
type GetFeeOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
	Arg3 *big.Int
	Arg4 *big.Int
}

// UnpackGetFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xced72f87.
//
// Solidity: function getFee() view returns(uint256, uint256, uint256, uint256, uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackGetFee(data []byte) (GetFeeOutput, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("getFee", data)
	outstruct := new(GetFeeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Arg3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Arg4 = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetSupportedAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5406dbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSupportedAssets() view returns((address,bool)[] assets)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackGetSupportedAssets() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("getSupportedAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSupportedAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5406dbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSupportedAssets() view returns((address,bool)[] assets)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackGetSupportedAssets() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("getSupportedAssets")
}

// UnpackGetSupportedAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5406dbf.
//
// Solidity: function getSupportedAssets() view returns((address,bool)[] assets)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackGetSupportedAssets(data []byte) ([]TorosPoolManagerLogicAsset, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("getSupportedAssets", data)
	if err != nil {
		return *new([]TorosPoolManagerLogicAsset), err
	}
	out0 := *abi.ConvertType(out[0], new([]TorosPoolManagerLogicAsset)).(*[]TorosPoolManagerLogicAsset)
	return out0, nil
}

// PackIsDepositAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdbef07d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDepositAsset(address asset) view returns(bool)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackIsDepositAsset(asset common.Address) []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("isDepositAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDepositAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdbef07d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDepositAsset(address asset) view returns(bool)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackIsDepositAsset(asset common.Address) ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("isDepositAsset", asset)
}

// UnpackIsDepositAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbdbef07d.
//
// Solidity: function isDepositAsset(address asset) view returns(bool)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackIsDepositAsset(data []byte) (bool, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("isDepositAsset", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manager() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackManager() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("manager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manager() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackManager() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("manager")
}

// UnpackManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x481c6a75.
//
// Solidity: function manager() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackManager(data []byte) (common.Address, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("manager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMinDepositUSD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50b721a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minDepositUSD() pure returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackMinDepositUSD() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("minDepositUSD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinDepositUSD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50b721a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minDepositUSD() pure returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackMinDepositUSD() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("minDepositUSD")
}

// UnpackMinDepositUSD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50b721a7.
//
// Solidity: function minDepositUSD() pure returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackMinDepositUSD(data []byte) (*big.Int, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("minDepositUSD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPoolLogic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39b81fd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolLogic() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackPoolLogic() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("poolLogic")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolLogic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39b81fd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolLogic() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackPoolLogic() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("poolLogic")
}

// UnpackPoolLogic is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39b81fd9.
//
// Solidity: function poolLogic() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackPoolLogic(data []byte) (common.Address, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("poolLogic", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPriceFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741bef1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceFeed() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackPriceFeed() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("priceFeed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741bef1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceFeed() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackPriceFeed() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("priceFeed")
}

// UnpackPriceFeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x741bef1a.
//
// Solidity: function priceFeed() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackPriceFeed(data []byte) (common.Address, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("priceFeed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x999b93af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackQuote() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("quote")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x999b93af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackQuote() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("quote")
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x999b93af.
//
// Solidity: function quote() view returns(address)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackQuote(data []byte) (common.Address, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("quote", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuoteScale is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x172009a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteScale() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackQuoteScale() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("quoteScale")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteScale is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x172009a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteScale() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackQuoteScale() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("quoteScale")
}

// UnpackQuoteScale is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x172009a6.
//
// Solidity: function quoteScale() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackQuoteScale(data []byte) (*big.Int, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("quoteScale", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371fd8e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(uint256 amount) returns()
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackRepay(amount *big.Int) []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("repay", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371fd8e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay(uint256 amount) returns()
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackRepay(amount *big.Int) ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("repay", amount)
}

// PackSetDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dbf67a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDebt(uint256 debt_) returns()
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackSetDebt(debt *big.Int) []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("setDebt", debt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dbf67a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDebt(uint256 debt_) returns()
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackSetDebt(debt *big.Int) ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("setDebt", debt)
}

// PackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eb681c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFees(uint256[3] fees_) returns()
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackSetFees(fees [3]*big.Int) []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("setFees", fees)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eb681c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFees(uint256[3] fees_) returns()
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackSetFees(fees [3]*big.Int) ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("setFees", fees)
}

// PackTotalFundValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad60ffcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalFundValue() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) PackTotalFundValue() []byte {
	enc, err := torosPoolManagerLogic.abi.Pack("totalFundValue")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalFundValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad60ffcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalFundValue() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) TryPackTotalFundValue() ([]byte, error) {
	return torosPoolManagerLogic.abi.Pack("totalFundValue")
}

// UnpackTotalFundValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad60ffcc.
//
// Solidity: function totalFundValue() view returns(uint256)
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackTotalFundValue(data []byte) (*big.Int, error) {
	out, err := torosPoolManagerLogic.abi.Unpack("totalFundValue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], torosPoolManagerLogic.abi.Errors["BadFee"].ID.Bytes()[:4]) {
		return torosPoolManagerLogic.UnpackBadFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], torosPoolManagerLogic.abi.Errors["OnlyManager"].ID.Bytes()[:4]) {
		return torosPoolManagerLogic.UnpackOnlyManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], torosPoolManagerLogic.abi.Errors["OnlyPool"].ID.Bytes()[:4]) {
		return torosPoolManagerLogic.UnpackOnlyPoolError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TorosPoolManagerLogicBadFee represents a BadFee error raised by the TorosPoolManagerLogic contract.
type TorosPoolManagerLogicBadFee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFee()
func TorosPoolManagerLogicBadFeeErrorID() common.Hash {
	return common.HexToHash("0x917f1a53ab0995667e0a524011bf6b894f5faa124860eefa69a4604d77cf263f")
}

// UnpackBadFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFee()
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackBadFeeError(raw []byte) (*TorosPoolManagerLogicBadFee, error) {
	out := new(TorosPoolManagerLogicBadFee)
	if err := torosPoolManagerLogic.abi.UnpackIntoInterface(out, "BadFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TorosPoolManagerLogicOnlyManager represents a OnlyManager error raised by the TorosPoolManagerLogic contract.
type TorosPoolManagerLogicOnlyManager struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyManager()
func TorosPoolManagerLogicOnlyManagerErrorID() common.Hash {
	return common.HexToHash("0xc0b2335a5df130fdf2da3e1c86a4fdcb8c62d955b5162e24ca95fd13e8800ea3")
}

// UnpackOnlyManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyManager()
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackOnlyManagerError(raw []byte) (*TorosPoolManagerLogicOnlyManager, error) {
	out := new(TorosPoolManagerLogicOnlyManager)
	if err := torosPoolManagerLogic.abi.UnpackIntoInterface(out, "OnlyManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TorosPoolManagerLogicOnlyPool represents a OnlyPool error raised by the TorosPoolManagerLogic contract.
type TorosPoolManagerLogicOnlyPool struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyPool()
func TorosPoolManagerLogicOnlyPoolErrorID() common.Hash {
	return common.HexToHash("0x4b602735b879278e959a1c494bd88ddf7e303340ceaebcd01aff57a1fc52c7eb")
}

// UnpackOnlyPoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyPool()
func (torosPoolManagerLogic *TorosPoolManagerLogic) UnpackOnlyPoolError(raw []byte) (*TorosPoolManagerLogicOnlyPool, error) {
	out := new(TorosPoolManagerLogicOnlyPool)
	if err := torosPoolManagerLogic.abi.UnpackIntoInterface(out, "OnlyPool", raw); err != nil {
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
