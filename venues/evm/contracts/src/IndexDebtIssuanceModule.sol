// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface IIndexSet {
    function collateralAToken() external view returns (address);
    function debtAsset() external view returns (address);
    function debtToken() external view returns (address);
    function manager() external view returns (address);
    function getDefaultPositionRealUnit(address) external view returns (int256);
    function getExternalPositionRealUnit(address, address) external view returns (int256);
    function initializeModule() external;
    function invoke(address, uint256, bytes calldata) external returns (bytes memory);
    function mint(address, uint256) external;
    function burn(address, uint256) external;
}

interface IIndexDebt {
    function mint(address, uint256) external;
    function burn(address, uint256) external;
}

interface IIndexERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

/// @title IndexDebtIssuanceModule
/// @notice A look-alike of Index Coop's DebtIssuanceModuleV2/V3 for one leverage SetToken
/// (IndexSetToken): issue(address,uint256,address), redeem(address,uint256,address),
/// getRequiredComponentIssuanceUnits / getRequiredComponentRedemptionUnits (fees included),
/// calculateTotalFees, initialize, issuanceSettings, updateIssueFee/updateRedeemFee, and the
/// real SetTokenIssued / SetTokenRedeemed events.
///
/// Units for a quantity q (fees included: issue q*(1+issueFee), redeem q*(1-redeemFee); fees
/// are precise units, 1e18 = 100%, minted to the fee recipient as set tokens):
///     issue:  collateral in = ceil(cu*q/1e18) from the caller; debt out = floor(du*q/1e18)
///             to the caller (borrowed: the set's debt-token balance grows by as much)
///     redeem: debt in = ceil(du*q/1e18) from the caller (repaid); collateral out =
///             floor(cu*q/1e18) to `to`
/// with cu, du the set's collateral and debt units. As in the real module, equity rounds up
/// on issue and down on redeem, debt the other way.
///
/// Simplified: the real module calls the Aave leverage module's hooks, which borrow from and
/// repay to Aave; here this contract is that lender: it holds a reserve of the debt asset
/// (anyone may fund it by transfer), mints and burns the set's debt token itself, and counts
/// as the set's leverage module. No protocol fee (no controller), no manager issuance hook
/// (its address is recorded and reported, never called), no module issuance hooks.
contract IndexDebtIssuanceModule {
    struct IssuanceSettings {
        uint256 maxManagerFee;
        uint256 managerIssueFee;
        uint256 managerRedeemFee;
        address feeRecipient;
        address managerIssuanceHook;
    }

    mapping(address => IssuanceSettings) public issuanceSettings;
    mapping(address => bool) private initialized;

    event SetTokenIssued(
        address indexed _setToken,
        address indexed _issuer,
        address indexed _to,
        address _hookContract,
        uint256 _quantity,
        uint256 _managerFee,
        uint256 _protocolFee
    );
    event SetTokenRedeemed(
        address indexed _setToken,
        address indexed _redeemer,
        address indexed _to,
        uint256 _quantity,
        uint256 _managerFee,
        uint256 _protocolFee
    );
    event IssueFeeUpdated(address indexed _setToken, uint256 _newIssueFee);
    event RedeemFeeUpdated(address indexed _setToken, uint256 _newRedeemFee);

    error NotInitialized();
    error OnlyManager();
    error BadFee();
    error ZeroQuantity();
    error TokenTransfer();

    modifier onlyManager(address _setToken) {
        if (msg.sender != IIndexSet(_setToken).manager()) revert OnlyManager();
        _;
    }

    /// @notice The set's manager configures fees and initializes this module on the set.
    function initialize(
        address _setToken,
        uint256 _maxManagerFee,
        uint256 _managerIssueFee,
        uint256 _managerRedeemFee,
        address _feeRecipient,
        address _managerIssuanceHook
    ) external onlyManager(_setToken) {
        if (_managerIssueFee > _maxManagerFee || _managerRedeemFee > _maxManagerFee || _maxManagerFee > 1e18) {
            revert BadFee();
        }
        issuanceSettings[_setToken] =
            IssuanceSettings(_maxManagerFee, _managerIssueFee, _managerRedeemFee, _feeRecipient, _managerIssuanceHook);
        initialized[_setToken] = true;
        IIndexSet(_setToken).initializeModule();
    }

    function updateIssueFee(address _setToken, uint256 _newIssueFee) external onlyManager(_setToken) {
        if (_newIssueFee > issuanceSettings[_setToken].maxManagerFee) revert BadFee();
        issuanceSettings[_setToken].managerIssueFee = _newIssueFee;
        emit IssueFeeUpdated(_setToken, _newIssueFee);
    }

    function updateRedeemFee(address _setToken, uint256 _newRedeemFee) external onlyManager(_setToken) {
        if (_newRedeemFee > issuanceSettings[_setToken].maxManagerFee) revert BadFee();
        issuanceSettings[_setToken].managerRedeemFee = _newRedeemFee;
        emit RedeemFeeUpdated(_setToken, _newRedeemFee);
    }

    /// @notice The quantity the units are computed for (fees included) and the fees.
    function calculateTotalFees(address _setToken, uint256 _quantity, bool _isIssue)
        public
        view
        returns (uint256 totalQuantity, uint256 managerFee, uint256 protocolFee)
    {
        IssuanceSettings storage s = issuanceSettings[_setToken];
        managerFee = _quantity * (_isIssue ? s.managerIssueFee : s.managerRedeemFee) / 1e18;
        totalQuantity = _isIssue ? _quantity + managerFee : _quantity - managerFee;
        protocolFee = 0;
    }

    function getRequiredComponentIssuanceUnits(address _setToken, uint256 _quantity)
        external
        view
        returns (address[] memory, uint256[] memory, uint256[] memory)
    {
        (uint256 total,,) = calculateTotalFees(_setToken, _quantity, true);
        return _units(_setToken, total, true);
    }

    function getRequiredComponentRedemptionUnits(address _setToken, uint256 _quantity)
        external
        view
        returns (address[] memory, uint256[] memory, uint256[] memory)
    {
        (uint256 total,,) = calculateTotalFees(_setToken, _quantity, false);
        return _units(_setToken, total, false);
    }

    /// @notice Takes the collateral from the caller, lends it the debt and mints `_quantity` to `_to`.
    function issue(address _setToken, uint256 _quantity, address _to) external {
        if (!initialized[_setToken]) revert NotInitialized();
        if (_quantity == 0) revert ZeroQuantity();
        (uint256 total, uint256 fee, uint256 protocolFee) = calculateTotalFees(_setToken, _quantity, true);
        (address[] memory c, uint256[] memory equity, uint256[] memory debt) = _units(_setToken, total, true);
        _pull(c[0], msg.sender, _setToken, equity[0]);
        IIndexDebt(IIndexSet(_setToken).debtToken()).mint(_setToken, debt[1]);
        _push(c[1], msg.sender, debt[1]);
        IssuanceSettings storage s = issuanceSettings[_setToken];
        if (fee > 0) IIndexSet(_setToken).mint(s.feeRecipient, fee);
        IIndexSet(_setToken).mint(_to, _quantity);
        emit SetTokenIssued(_setToken, msg.sender, _to, s.managerIssuanceHook, _quantity, fee, protocolFee);
    }

    /// @notice Burns the caller's `_quantity`, takes the debt repayment from the caller and
    /// sends the collateral to `_to`.
    function redeem(address _setToken, uint256 _quantity, address _to) external {
        if (!initialized[_setToken]) revert NotInitialized();
        if (_quantity == 0) revert ZeroQuantity();
        (uint256 total, uint256 fee, uint256 protocolFee) = calculateTotalFees(_setToken, _quantity, false);
        (address[] memory c, uint256[] memory equity, uint256[] memory debt) = _units(_setToken, total, false);
        IIndexSet(_setToken).burn(msg.sender, _quantity);
        _pull(c[1], msg.sender, address(this), debt[1]);
        IIndexDebt(IIndexSet(_setToken).debtToken()).burn(_setToken, debt[1]);
        IIndexSet(_setToken).invoke(c[0], 0, abi.encodeCall(IIndexERC20.transfer, (_to, equity[0])));
        if (fee > 0) IIndexSet(_setToken).mint(issuanceSettings[_setToken].feeRecipient, fee);
        emit SetTokenRedeemed(_setToken, msg.sender, _to, _quantity, fee, protocolFee);
    }

    function _units(address _setToken, uint256 _quantity, bool _isIssue)
        private
        view
        returns (address[] memory c, uint256[] memory equity, uint256[] memory debt)
    {
        IIndexSet set = IIndexSet(_setToken);
        c = new address[](2);
        c[0] = set.collateralAToken();
        c[1] = set.debtAsset();
        uint256 cu = uint256(set.getDefaultPositionRealUnit(c[0]));
        uint256 du = uint256(-set.getExternalPositionRealUnit(c[1], address(this)));
        equity = new uint256[](2);
        debt = new uint256[](2);
        if (_isIssue) {
            equity[0] = _ceilDiv(cu * _quantity, 1e18);
            debt[1] = du * _quantity / 1e18;
        } else {
            equity[0] = cu * _quantity / 1e18;
            debt[1] = _ceilDiv(du * _quantity, 1e18);
        }
    }

    function _pull(address token, address from, address to, uint256 amount) private {
        if (amount == 0) return;
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IIndexERC20.transferFrom, (from, to, amount)));
        if (!ok || (ret.length > 0 && !abi.decode(ret, (bool)))) revert TokenTransfer();
    }

    function _push(address token, address to, uint256 amount) private {
        if (amount == 0) return;
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IIndexERC20.transfer, (to, amount)));
        if (!ok || (ret.length > 0 && !abi.decode(ret, (bool)))) revert TokenTransfer();
    }

    function _ceilDiv(uint256 a, uint256 b) private pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }
}
