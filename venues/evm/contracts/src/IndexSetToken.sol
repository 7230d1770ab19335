// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface IIndexBalanceOf {
    function balanceOf(address) external view returns (uint256);
}

/// @title IndexSetToken
/// @notice A look-alike of Set Protocol v2's SetToken as Index Coop's leverage tokens use it
/// (ETH2X and friends): an ERC20 whose components are an Aave collateral aToken (a default
/// position) and a borrowed debt asset (an external position of the leverage module, negative).
/// The functions navarb reads have the real signatures: getComponents(),
/// getDefaultPositionRealUnit(address), getExternalPositionRealUnit(address,address),
/// getExternalPositionModules(address), getTotalComponentRealUnits(address), getModules(),
/// isInitializedModule(address), moduleStates(address), invoke(address,uint256,bytes),
/// mint/burn (modules only), addModule/initializeModule.
///
/// Simplified (documented, not hidden): the real SetToken stores position units and the
/// leverage module's sync() rewrites them from the aToken and debt-token balances; here the
/// units are computed from those balances on every read (what sync() would store):
///     collateral unit = floor(aToken.balanceOf(this) * 1e18 / supply)          (>= 0)
///     debt unit       = -ceil(debtToken.balanceOf(this) * 1e18 / supply)        (<= 0)
/// With no supply the constructor's initial units apply. No controller, no protocol fee, no
/// position multiplier (it stays 1e18), no locking.
contract IndexSetToken {
    string public name;
    string public symbol;
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    uint8 private constant NONE = 0;
    uint8 private constant PENDING = 1;
    uint8 private constant INITIALIZED = 2;

    address public manager;
    /// @notice The collateral aToken (default position) and the debt asset (external position).
    address public immutable collateralAToken;
    address public immutable debtAsset;
    /// @notice The variable debt token whose balance of this contract is the debt.
    address public immutable debtToken;
    /// @notice The module holding the debt position (Aave leverage module in production).
    address public immutable leverageModule;
    int256 public constant positionMultiplier = 1e18;

    uint256 private immutable initialCollateralUnit;
    uint256 private immutable initialDebtUnit;

    address[] private modules;
    mapping(address => uint8) public moduleStates;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event ModuleAdded(address indexed _module);
    event ModuleInitialized(address indexed _module);
    event Invoked(address indexed _target, uint256 indexed _value, bytes _data, bytes _returnValue);

    error OnlyManager();
    error OnlyModule();
    error NotPending();
    error InsufficientBalance();
    error InsufficientAllowance();

    modifier onlyModule() {
        if (moduleStates[msg.sender] != INITIALIZED) revert OnlyModule();
        _;
    }

    /// @param units_ [collateral unit, debt unit (positive)] per 1e18 tokens while supply is 0.
    constructor(
        string memory name_,
        string memory symbol_,
        address collateralAToken_,
        address debtAsset_,
        address debtToken_,
        address leverageModule_,
        uint256[2] memory units_
    ) {
        name = name_;
        symbol = symbol_;
        manager = msg.sender;
        collateralAToken = collateralAToken_;
        debtAsset = debtAsset_;
        debtToken = debtToken_;
        leverageModule = leverageModule_;
        initialCollateralUnit = units_[0];
        initialDebtUnit = units_[1];
    }

    // ---- components and positions ----

    function getComponents() external view returns (address[] memory c) {
        c = new address[](2);
        c[0] = collateralAToken;
        c[1] = debtAsset;
    }

    function getDefaultPositionRealUnit(address _component) public view returns (int256) {
        if (_component != collateralAToken) return 0;
        if (totalSupply == 0) return int256(initialCollateralUnit);
        return int256(IIndexBalanceOf(collateralAToken).balanceOf(address(this)) * 1e18 / totalSupply);
    }

    function getExternalPositionRealUnit(address _component, address _positionModule) public view returns (int256) {
        if (_component != debtAsset || _positionModule != leverageModule) return 0;
        if (totalSupply == 0) return -int256(initialDebtUnit);
        uint256 d = IIndexBalanceOf(debtToken).balanceOf(address(this));
        return -int256(d == 0 ? 0 : (d * 1e18 - 1) / totalSupply + 1);
    }

    function getExternalPositionModules(address _component) external view returns (address[] memory m) {
        if (_component != debtAsset) return new address[](0);
        m = new address[](1);
        m[0] = leverageModule;
    }

    function getTotalComponentRealUnits(address _component) external view returns (int256) {
        return getDefaultPositionRealUnit(_component) + getExternalPositionRealUnit(_component, leverageModule);
    }

    // ---- modules ----

    function getModules() external view returns (address[] memory) {
        return modules;
    }

    function isInitializedModule(address _module) external view returns (bool) {
        return moduleStates[_module] == INITIALIZED;
    }

    function addModule(address _module) external {
        if (msg.sender != manager) revert OnlyManager();
        if (moduleStates[_module] != NONE) revert NotPending();
        moduleStates[_module] = PENDING;
        modules.push(_module);
        emit ModuleAdded(_module);
    }

    /// @notice Called by a pending module (from its initialize) to become initialized.
    function initializeModule() external {
        if (moduleStates[msg.sender] != PENDING) revert NotPending();
        moduleStates[msg.sender] = INITIALIZED;
        emit ModuleInitialized(msg.sender);
    }

    /// @notice Modules move the components this contract holds through invoke.
    function invoke(address _target, uint256 _value, bytes calldata _data) external onlyModule returns (bytes memory ret) {
        bool ok;
        (ok, ret) = _target.call{value: _value}(_data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        emit Invoked(_target, _value, _data, ret);
    }

    function mint(address _account, uint256 _quantity) external onlyModule {
        totalSupply += _quantity;
        balanceOf[_account] += _quantity;
        emit Transfer(address(0), _account, _quantity);
    }

    function burn(address _account, uint256 _quantity) external onlyModule {
        uint256 b = balanceOf[_account];
        if (b < _quantity) revert InsufficientBalance();
        balanceOf[_account] = b - _quantity;
        totalSupply -= _quantity;
        emit Transfer(_account, address(0), _quantity);
    }

    // ---- ERC20 ----

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        _transfer(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < amount) revert InsufficientAllowance();
            allowance[from][msg.sender] = allowed - amount;
        }
        _transfer(from, to, amount);
        return true;
    }

    function _transfer(address from, address to, uint256 amount) private {
        uint256 b = balanceOf[from];
        if (b < amount) revert InsufficientBalance();
        balanceOf[from] = b - amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }
}
